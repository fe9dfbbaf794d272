# Descriptor __get__ called with instance None (access through the class):
# returning self, returning computed class-level values, classmethod-like
# and staticmethod-like descriptors written by hand, descriptor on a base
# accessed through a subclass (owner argument), and __get__ invoked
# explicitly.
class SelfOnClass:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return f"{self.name} of {obj!r}"


class Counter:
    def __get__(self, obj, owner=None):
        if obj is None:
            return f"class access via {owner.__name__}"
        return f"instance access of {type(obj).__name__}"


class MyClassMethod:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner=None):
        if owner is None:
            owner = type(obj)

        def bound(*args):
            return self.func(owner, *args)
        return bound


class MyStaticMethod:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner=None):
        return self.func


class Thing:
    label = SelfOnClass("label")
    counter = Counter()

    def __repr__(self):
        return "<Thing>"

    @MyClassMethod
    def make(cls, x):
        return f"{cls.__name__}.make({x})"

    @MyStaticMethod
    def add(a, b):
        return a + b


class SubThing(Thing):
    def __repr__(self):
        return "<SubThing>"


t = Thing()
print(type(Thing.label).__name__, Thing.label.name, t.label)
print(Thing.counter, SubThing.counter, t.counter, SubThing().counter)
print(Thing.make(1), SubThing.make(2), t.make(3), SubThing().make(4))
print(Thing.add(1, 2), t.add(3, 4))

desc = Thing.__dict__["counter"]
print(desc.__get__(None, SubThing), desc.__get__(t), desc.__get__(t, Thing))
try:
    desc.__get__(None, None)
except AttributeError as e:
    print(type(e).__name__, e)

# builtin descriptors with None instance
f = Thing.__dict__["__repr__"]
print(f.__get__(None, Thing) is f, f.__get__(t)())
p = property(lambda self: "prop value")
print(p.__get__(None, Thing) is p, p.__get__(t, Thing))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, SubThing)(), cm.__get__(t)())
sm = staticmethod(lambda: "static")
print(sm.__get__(None, Thing)(), sm.__get__(t)())
try:
    p.__get__(None, None)
    print("property get with None, None returns property")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    cm.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)

slot_desc = type("S", (), {"__slots__": ("a",)}).__dict__["a"]
print(type(slot_desc).__name__, slot_desc.__get__(None, object) is slot_desc)
