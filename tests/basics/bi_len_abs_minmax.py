# len, abs, min and max in depth: len of every builtin container and of
# objects with __len__ (including invalid __len__ results), abs of ints,
# floats, complex, bools, Fractions and objects with __abs__; min/max with
# several arguments, one iterable, key, default, ties (first wins), and
# their error messages.
from fractions import Fraction

print(len(""), len("héllo"), len(b"\x00\x01"), len([1, [2, 3]]), len((1,)), len({1: 2}),
      len({1, 2, 2}), len(frozenset("aab")), len(range(3, 30, 4)), len(bytearray(5)),
      len(memoryview(b"abcd")[1:]), len({}.keys()), len(dict(a=1).items()))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(7)), len(Sized(True)), bool(Sized(0)), bool(Sized(2)))
for bad in (-1, 2.0, "3", 2 ** 70):
    try:
        len(Sized(bad))
    except Exception as e:
        print(type(e).__name__, e)
for obj in (5, 3.0, None, iter([1])):
    try:
        len(obj)
    except TypeError as e:
        print("TypeError", e)

print(abs(-7), abs(7), abs(-0.0), abs(-2.5), abs(3 - 4j), abs(True), abs(False), abs(-2 ** 100))
print(abs(Fraction(-3, 4)), abs(float("-inf")), abs(float("nan")))


class Vector:
    def __init__(self, *c):
        self.c = c

    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5


print(abs(Vector(3, 4)), abs(Vector()))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((2, "b"), (2, "a")))
print(min([], default=None), max([], default="none"), min([5], default=0))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "c"], key=len))
print(max([1, -3, 2], key=abs), min([1, -1], key=abs), max([-1, 1], key=abs))
pairs = [("a", 2), ("b", 3), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: -p[1]))
print(max(1, 2.5, True), min(1, 1.0), type(min(1, 1.0)).__name__, max(1.0, 1), type(max(1.0, 1)).__name__)
print(min({3: "x", 1: "y"}), max({"b": 1, "a": 2}.items()), max(range(10), key=lambda v: v % 4))
print(min(iter([9, 7, 8])), max(map(len, ["ab", "abc"])))

errors = [
    lambda: min([]),
    lambda: max(()),
    lambda: min(),
    lambda: max(5),
    lambda: min(1, "a"),
    lambda: max(1, 2, default=0),
    lambda: min([1], key=None, bogus=1),
    lambda: max([[1], (1,)]),
]
for err in errors:
    try:
        err()
    except Exception as e:
        print(type(e).__name__, e)
print(min([3, 1], key=None), max(["b", "A"], key=str.lower))
