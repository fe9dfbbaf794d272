# __slots__ with inheritance: subclasses without __slots__ regain a
# __dict__, adding slots in subclasses, '__dict__' and '__weakref__' listed
# in slots, weakref to slotted objects failing without '__weakref__',
# multiple inheritance layout conflicts, slots shadowing.
import weakref


class Base:
    __slots__ = ("a",)


class NoSlots(Base):
    pass


class MoreSlots(Base):
    __slots__ = ("b",)


n = NoSlots()
n.a = 1
n.free = 2
print(n.a, n.__dict__)
m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b, hasattr(m, "__dict__"))
try:
    m.c = 3
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ("x", "__dict__")


w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__, "x" in w.__dict__)

try:
    weakref.ref(m)
except TypeError as e:
    print(type(e).__name__, e)


class WithWeak:
    __slots__ = ("v", "__weakref__")


ww = WithWeak()
r = weakref.ref(ww)
print(r() is ww, hasattr(ww, "__dict__"))
del ww
print(r())


class A:
    __slots__ = ("x",)


class B:
    __slots__ = ("y",)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class EmptyA:
    __slots__ = ()


class OK(EmptyA, B):
    pass


ok = OK()
ok.y = 1
ok.z = 2
print(ok.y, ok.z)


class Redeclare(Base):
    __slots__ = ("a",)


r2 = Redeclare()
r2.a = 5
print(r2.a, Redeclare.__dict__["a"] is Base.__dict__["a"])
try:
    Base.__dict__["a"].__get__(r2)  # the base's slot is separate storage
except AttributeError as e:
    print(type(e).__name__, e)
Base.__dict__["a"].__set__(r2, 6)
print(r2.a, Base.__dict__["a"].__get__(r2))

try:
    class DictTwice(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class WeakTwice(WithWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)


class Child(WithWeak):
    __slots__ = ("extra",)


c = Child()
c.v = 1
c.extra = 2
print(weakref.ref(c)() is c, c.v, c.extra)
print(sorted(k for k in vars(Child) if not k.startswith("__") or k == "__slots__"))
