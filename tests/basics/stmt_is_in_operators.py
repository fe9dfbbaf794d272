# Identity and membership: is / is not with None, singletons, small ints,
# same objects; in / not in over lists, tuples, strings (substrings),
# bytes, dicts (keys), sets, ranges, generators (consumed), and user
# classes via __contains__, __iter__ and __getitem__ fallbacks; TypeErrors.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, None is not None)
print(True is True, (1 == 1) is True, type(a) is list, type(True) is not int)
empty_t, empty_s = (), ""
print(... is Ellipsis, NotImplemented is NotImplemented, empty_t is tuple(), empty_s is str())
x = None
print(x is None, not x is None, x is not None, not (x is None))
print(2 in [1, 2, 3], 4 not in [1, 2, 3], not 4 in [1, 2], "b" in ("a", "b"))
print("ell" in "hello", "" in "abc", "" in "", "lo" not in "hello", "H" in "hello")
print(b"bc" in b"abcd", 98 in b"abc", 99 in bytearray(b"abc"), b"" in b"x", b"a" in memoryview(b"a"))
d = {"k": 1, 2: "v"}
print("k" in d, 1 in d, 2 in d, "v" in d, "v" in d.values(), ("k", 1) in d.items())
print(3 in {1, 2, 3}, frozenset({1}) in {frozenset({1})}, {1} in [{1}])
r = range(0, 100, 7)
print(14 in r, 15 in r, -7 in r, 98 in r, 105 in r, 14.0 in r, True in range(2))
gen = (i * i for i in range(10))
print(9 in gen, list(gen), 9 in gen)
it = iter([1, 2, 3, 4])
print(2 in it, next(it), 1 in it)
nan = float("nan")
print(nan in [nan], float("nan") in [nan], [nan] == [nan], nan == nan)
print(1 in [1.0], 1.0 in {1}, True in [1], 0 in [False], [] in [[]], () in [[]])


class Container:
    def __contains__(self, item):
        print("  __contains__", item)
        return item % 2


class Iterable:
    def __iter__(self):
        print("  __iter__")
        return iter([10, 20, 30])


class OldStyle:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i > 3:
            raise IndexError(i)
        return i * 5


print(3 in Container(), 4 in Container(), 4 not in Container())
print(20 in Iterable(), 25 in Iterable())
print(10 in OldStyle(), 11 in OldStyle())
for item, container in ((1, 5), ("a", None), (1, "abc"), (300, b"abc"), (-1, b"abc"), ("a", b"abc"), ([1], {1: 2}), ({}, {1}), (1, object())):
    try:
        print(item in container)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class BadContains:
    def __contains__(self, item):
        raise KeyError("from contains")


try:
    print(1 in BadContains())
except KeyError as e:
    print(type(e).__name__, e)
words = ["apple", "banana", "cherry"]
print([w for w in words if "an" in w], [w for w in words if w[0] not in "ab"])
print(all(ch in "0123456789" for ch in "2024"), any(w is words[1] for w in words))
