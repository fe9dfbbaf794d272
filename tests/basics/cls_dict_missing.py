# dict subclasses: __missing__ called by d[key] only (not get/in/setdefault),
# __missing__ raising, defaultdict-like counting, overriding __getitem__ /
# __setitem__ in a dict subclass (bypassed by update() and the constructor),
# collections.UserDict going through __setitem__, __missing__ on UserDict.
import collections


class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        value = f"<{key}>"
        self[key] = value
        return value


d = Defaulting(a=1)
print(d["a"], d["b"], d.get("c"), "c" in d, d.get("b"))
print(d.setdefault("e", 5), d.pop("zz", None))
print(sorted(d.items()))


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no key {key!r} in Strict")


try:
    Strict()["x"]
except KeyError as e:
    print(type(e).__name__, e)


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper(mixed=1)
u["low"] = 2
u.update(other=3)
print(sorted(u), u["low"], u["LOW"])
try:
    u["mixed"]
except KeyError as e:
    print(type(e).__name__, e)
print(u.get("low"), u.get("LOW"))


class UD(collections.UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __missing__(self, key):
        return "UD missing " + key


ud = UD(mixed=1)
ud["low"] = 2
ud.update(other=3)
print(sorted(ud), ud["nothing"], ud.get("nothing"), "MIXED" in ud)

dd = collections.defaultdict(list)
dd["a"].append(1)
print(dict(dd), dd.default_factory is list)
try:
    collections.defaultdict(None)["x"]
except KeyError as e:
    print(type(e).__name__, e)


class NotDict:
    def __missing__(self, key):
        return "never used"

    def __getitem__(self, key):
        raise KeyError(key)


try:
    NotDict()["k"]
except KeyError as e:
    print("__missing__ only for dict subclasses:", type(e).__name__, e)


class MissingBad(dict):
    __missing__ = 5


try:
    MissingBad()["k"]
except TypeError as e:
    print(type(e).__name__, e)
