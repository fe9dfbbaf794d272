# Common built-in functions on basic values: len, min/max with key and
# default, sum, sorted, reversed, enumerate, zip, map/filter with named
# functions, any/all, isinstance/type, conversions, chr/ord, hex/oct/bin,
# divmod, round, abs, pow, hash equality, id-free identity checks.
def square(x):
    return x * x


def is_odd(x):
    return x % 2 == 1


values = [5, -3, 8, 0, 12, -7]
print(len(values), min(values), max(values), sum(values), sum(values, 100))
print(min(values, key=abs), max(values, key=abs), max([], default="empty"), min("hello"))
print(sorted(values), sorted(values, reverse=True), sorted("banana"), list(reversed(values)))
print(list(enumerate("ab")), list(zip("abc", range(5))), list(zip()))
print(list(map(square, values)), list(filter(is_odd, values)), list(map(pow, [2, 3], [3, 2])))
print(any([0, "", None]), any([0, 1]), all([]), all([1, "x"]), all([1, 0]))
print(isinstance(3, int), isinstance(True, int), isinstance(3.0, (int, str)), type(3.0).__name__)
print(int("101", 2), int("ff", 16), float("1.5"), str(3.25), bool(""), bool("0"), list("xy"))
print(chr(65), ord("a"), hex(255), oct(8), bin(5), hex(-1), format(255, "08b"))
print(divmod(17, 5), round(3.14159, 2), round(7.5), abs(-3.5), pow(2, 10), pow(2, -2))
print(repr(None), repr(...), str(NotImplemented), type(None).__name__)
print(list(range(5)), list(range(2, 11, 3)), range(10)[-1], len(range(0, 100, 7)), 7 in range(0, 10, 7))
print(tuple(map(str, range(3))), dict(zip("ab", [1, 2])), set(map(abs, [-1, 1, 2])) == {1, 2})
print(callable(square), callable(3), getattr(values, "count")(5), hasattr(values, "nope"))
print(hash(1) == hash(1.0), hash("a") == hash("a"), (1).__add__(2), "x".__len__())
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(sum(range(101)), max(range(10)), min(range(3, 9)))
print(isinstance(values, list), issubclass(bool, int), type(values) is list, type(len).__name__)
print(round(-0.5), round(0.5), round(1.5), int(True), float(False), complex(1, 2), abs(3 + 4j))
print(ascii("ä"), repr("ä"), str(b"x"), bytes(3), bytearray(b"ab"), memoryview(b"abc")[1])
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["B", "a", "C"], key=str.lower))
print(min(3, 1, 2), max("apple", "banana", key=len), sum([[1], [2]], []))
