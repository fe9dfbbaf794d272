# __getattr__ (called only when normal lookup fails) vs. __getattribute__
# (called for every attribute access), delegation/proxy objects, raising
# AttributeError from both, object.__getattribute__ to avoid recursion,
# interaction with properties raising AttributeError, hasattr/getattr
# defaults, dunder lookups bypassing __getattr__.
class Fallback:
    real = "real attribute"

    def __init__(self):
        self.inst = "instance attribute"

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


f = Fallback()
print(f.real, f.inst, f.dyn_hello)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(f, "dyn_x"), hasattr(f, "nope"), getattr(f, "nope", "default"))


class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.value = 1

    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.value * 10


s = Spy()
print(s.value, s.method())
print(object.__getattribute__(s, "log"))
try:
    s.absent
except AttributeError as e:
    print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __len__(self):
        return len(self._target)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), len(p), p.__class__.__name__)
try:
    p[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(p)
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError("from __getattribute__")
        if name == "boom":
            raise KeyError("not an AttributeError")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"


bo = Both()
print(bo.special, bo.other)
try:
    bo.boom
except KeyError as e:
    print(type(e).__name__, e)


class PropFails:
    @property
    def broken(self):
        raise AttributeError("inner attribute error")

    def __getattr__(self, name):
        return f"__getattr__ for {name}"


print(PropFails().broken)


class NoGetattr:
    @property
    def broken(self):
        return self.does_not_exist


try:
    NoGetattr().broken
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)


class Dyn:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 99
        raise AttributeError(name)


d = Dyn()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)


class Recursive:
    def __getattr__(self, name):
        return self.other_missing_thing


try:
    Recursive().x
except RecursionError as e:
    print(type(e).__name__)
