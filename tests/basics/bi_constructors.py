# Constructors of the builtin types called with no argument, with
# iterables, with other instances, with keywords, and with invalid input:
# str (with encoding/errors), bytes/bytearray (from int, str+encoding,
# iterables of ints, buffer), bool, list, tuple, set, frozenset, dict (from
# pairs, mappings, keywords, both), complex, and identity/copy behaviour.
print(repr(str()), str(12), str(1.5), str([1, "a"]), str(b"ab"), str(b"caf\xc3\xa9", "utf-8"),
      str(b"\xff", "utf-8", "replace"), str(b"\xff", errors="ignore"), str(bytearray(b"x"), "ascii"))
for bad in (lambda: str(b"\xff", "utf-8"), lambda: str(5, "utf-8"), lambda: str("s", "ascii"),
            lambda: str(b"x", "no-such-codec")):
    try:
        bad()
    except (UnicodeDecodeError, TypeError, LookupError) as e:
        print(type(e).__name__, e)

print(bytes(), bytes(3), bytes([65, 66, 255]), bytes("é", "utf-8"), bytes("é", "latin-1"), bytes(b"copy"),
      bytes(bytearray(b"ba")), bytes(range(48, 52)), bytes(memoryview(b"mv")))
for bad in (lambda: bytes("str"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1),
            lambda: bytes("é", "ascii"), lambda: bytes([1.5]), lambda: bytes(1.5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"abc")
ba[0] = 90
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba, bytearray(2), bytearray("ñ", "utf-8"), bytearray([1, 2]) == b"\x01\x02", len(bytearray(range(10))))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError", e)

print(bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool([]), bool([0]),
      bool({}), bool(set()), bool(range(0)), bool(None), bool(bool), bool(float("nan")))


class Truthy:
    def __bool__(self):
        return False


class LenOnly:
    def __len__(self):
        return 0


class BadBool:
    def __bool__(self):
        return 1


print(bool(Truthy()), bool(LenOnly()), bool(object()), not Truthy())
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)

print(list(), list("ab"), list((1, 2)), list({3: 4}), list({5}), list(range(3)), list(x * 2 for x in "ab"))
original = [1, [2]]
copy = list(original)
print(copy == original, copy is original, copy[1] is original[1])
print(tuple(), tuple("ab"), tuple([1]), tuple({"k": 1}.items()))
t = (1, 2)
print(tuple(t) is t, list(t) is t)
print(set(), set("banana") == {"a", "b", "n"}, sorted(set([3, 1, 3])), frozenset(), sorted(frozenset("aab")))
fs = frozenset([1, 2])
print(frozenset(fs) is fs, set(fs) == fs, type(set(fs)).__name__)
for bad in (lambda: list(5), lambda: tuple(None), lambda: set([[1]]), lambda: frozenset(1), lambda: list([1], [2])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k=2, j=3), dict(zip("ab", range(2))))
print(dict([("a", 1), ("a", 2)]), dict([["l", "ist"]]), dict(["ab", "cd"]), dict({1: 2}.items()))


class MappingLike:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, key):
        return key * 2


print(dict(MappingLike()), dict(MappingLike(), r=0))
for bad in (lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: dict(["abc"]), lambda: dict(5),
            lambda: dict({}, {})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(complex(), complex(1), complex(1, 2), complex("3+4j"), complex(" -1.5e1-2J "), complex(1j, 1j))
for bad in (lambda: complex("1 + 2j"), lambda: complex("j2"), lambda: complex("1", 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(), float(), type(object()).__name__, type(type(3)).__name__)
