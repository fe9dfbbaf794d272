# Higher-order functions: map with one and several iterables (shortest
# wins), filter with None and with a function, sorted/min/max with key
# functions (including stability and reverse), functions returning
# functions, composition, and laziness of map/filter objects.
import operator

words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(list(map(len, words)), list(map(str.upper, words[:2])))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30, 40])))
print(list(map(lambda a, b, c: a + b * c, range(3), range(5), [2, 2])))
print(list(map(pow, [2, 3], [5, 2], [7, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 2.5])))
print(list(filter(lambda w: len(w) > 4, words)), list(filter(str.islower, words)))
print(sorted(words), sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=operator.itemgetter(0)))
records = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=operator.itemgetter("v"))])

calls = []


def tracked(x):
    calls.append(x)
    return x * 2


lazy = map(tracked, [1, 2, 3])
print("after map():", calls)
print(next(lazy), calls)
print(list(lazy), calls)
print(list(lazy), "(exhausted)")
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), next(evens), list(evens))


def compose(f, g):
    return lambda *a, **k: f(g(*a, **k))


def twice(f):
    return compose(f, f)


inc = lambda n: n + 1
print(twice(inc)(5), twice(twice(inc))(0), compose(str, abs)(-7))


def apply_all(funcs, value):
    return [f(value) for f in funcs]


print(apply_all([abs, str, bool, lambda v: v ** 2, float], -3))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda a, b: 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
print(max([], key=len, default="empty"), min([3, 1, 2], key=lambda v: -v))


class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price


items = [Item("pen", 2), Item("book", 12), Item("cup", 5)]
print([i.name for i in sorted(items, key=operator.attrgetter("price"), reverse=True)])
print(list(map(operator.methodcaller("upper"), ["a", "b"])), list(map(operator.neg, [1, -2])))
pairs = list(zip(*map(lambda w: (w[0], len(w)), words)))
print(pairs)
