# hash() of ints (including -1 and values beyond the modulus), floats equal
# to ints, tuples, frozensets, strings and bytes (fixed by PYTHONHASHSEED=0
# in the test environment), None/bools, unhashable types and __hash__
# rules; repr/ascii/str of strings with quotes, escapes and non-ASCII
# characters, and of nested containers and recursive lists.
import sys

print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float("inf")), hash(True), hash(False))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash("a"), hash(""), hash("hello world"), hash(b"hello world") == hash("hello world"), hash(b""))
print(hash(None) == hash(None), hash(1 + 0j) == hash(1), hash(2j), sys.hash_info.modulus == 2 ** 61 - 1)
for bad in ([], {}, set(), ([1],), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class EqOnly:
    def __eq__(self, other):
        return True


class BigHash:
    def __hash__(self):
        return 2 ** 100


class BadHash:
    def __hash__(self):
        return "x"


print(hash(Point(1, 2)) == hash((1, 2)), len({Point(1, 2), Point(1, 2)}), EqOnly.__hash__)
print(hash(BigHash()) == hash(2 ** 100))
for obj in (EqOnly(), BadHash()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)

strings = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "bell\x07", "nul\x00", "del\x7f", "é", "日本", "emoji \U0001F600", "\u200b", "\x80\xff", "\ud800"]
for s in strings:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(b"\x00\xffabc'\""), ascii(b"\n"), repr(bytearray(b"\xe9")), str(b"bytes"))
print(repr([1, "a", ("é",), {"k": None}]), ascii([1, "é", {"ü": "ß"}]), str(["x", 1.0]))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(repr(rec), repr(d), str((rec,)))
print(repr(1.0), repr(1e16), repr(1e-5), repr(0.1 + 0.2), repr(-0.0), repr(float("nan")), repr(2 ** 0.5))
print(repr(1j), repr(-1 - 0j), repr(complex(0, -0.0)), repr(True), repr(None), repr(...), repr(NotImplemented))
print(repr(int), repr(len), repr(type(None)), repr(range(3)), repr(slice(1, None)), repr(frozenset()))


class R:
    def __repr__(self):
        return "R()"


class S(R):
    def __str__(self):
        return "str of S"


class Bad:
    def __repr__(self):
        return 5


print(repr(R()), str(R()), repr(S()), str(S()), f"{S()!r} {S()!s} {S()}", [S()], ascii(S()))
try:
    repr(Bad())
except TypeError as e:
    print("TypeError", e)
