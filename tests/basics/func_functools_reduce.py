# functools.reduce: with and without an initializer, the order of the
# accumulator and item arguments, empty sequences (error and initializer),
# single elements, operator functions, generators as input, and exceptions
# raised from the reducing function.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(operator.add, [1, 2, 3, 4], 100))
print(functools.reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(functools.reduce(lambda acc, x: f"({acc}{x})", "abcd"))
print(functools.reduce(lambda acc, x: f"({acc}{x})", "abcd", "_"))
print(functools.reduce(operator.mul, range(1, 11)))
print(functools.reduce(max, [3, 9, 2, 7]), functools.reduce(min, [3, 9, 2, 7]))
print(functools.reduce(operator.add, ["only"]), functools.reduce(operator.add, [], "init"))
print(functools.reduce(operator.or_, [{1}, {2}, {3, 1}]))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2), ("a", 3)], {}))

calls = []


def tracing(acc, item):
    calls.append((acc, item))
    return acc * 10 + item


print(functools.reduce(tracing, (x for x in [1, 2, 3])), calls)

try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(operator.add)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(operator.truediv, [1, 2, 0, 4])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(lambda a: a, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)


def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


pipeline = compose(lambda x: x + 1, lambda x: x * 3, str, lambda s: s + "!")
print(pipeline(4), compose()(7))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(functools.reduce(operator.iadd, nested, []), nested)
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, ["ab", "abc", "x", "xyz"]))
