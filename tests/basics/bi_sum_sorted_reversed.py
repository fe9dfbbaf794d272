# sum with start values and mixed numeric types (and its refusal of
# strings), sorted with key and reverse (stability in both directions,
# sorting by several keys in passes), list.sort vs sorted, and reversed on
# sequences, ranges, dicts, and objects with __reversed__ or
# __len__/__getitem__.
from fractions import Fraction

print(sum([]), sum([], 10), sum([1, 2, 3], start=4), sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([Fraction(1, 3)] * 3), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(range(1, 101)))
print(sum([1 + 2j, 3]), sum(x * x for x in range(4)), sum([2 ** 64, -2 ** 64, 1]))
for bad in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "x"]),
            lambda: sum(5), lambda: sum([[1]])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

people = [("ann", 31, "x"), ("bob", 25, "y"), ("cid", 31, "z"), ("dee", 25, "w"), ("eve", 40, "v")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name_desc, key=lambda p: p[1]))
print(sorted(["b", "B", "a", "A", "c"]), sorted(["b", "B", "a", "A", "c"], key=str.lower))
print(sorted("Hello World"), sorted({3: 1, 1: 2, 2: 3}), sorted({5, 1, 3}, reverse=True))
print(sorted([3.5, 1, True, 2.0]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([]), sorted([1]), sorted(iter([3, 2, 1])), sorted([-2, 1, -1, 2], key=abs))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted(["bb", "a", "ccc", "dd"], key=len))
for bad in (lambda: sorted([1, "a"]), lambda: sorted([1, 2], key=5), lambda: sorted([1], lambda x: x),
            lambda: sorted([{1}, {2}, {1, 2}]), lambda: sorted([1j, 2j])):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

data = [5, 2, 9, 1]
result = data.sort()
print(result, data)
data.sort(key=lambda v: v % 3, reverse=True)
print(data)

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))),
      list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed({"x": 1}.items())))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), list(r))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))

    def __iter__(self):
        return iter(range(self.n, 0, -1))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Countdown(3)), list(reversed(Countdown(3))), list(reversed(Seq())), list(Seq()))
for bad in ({1, 2}, iter([1]), 5, (x for x in "ab")):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
