# Nested classes and __qualname__ (classes in classes, functions, methods
# and lambdas), __name__ vs. __qualname__, nested class not seeing the
# enclosing class's names, vars()/__dict__ of classes being mappingproxy
# (read-only), class attributes shadowing through the MRO, and __module__.
class Outer:
    class Middle:
        class Inner:
            def method(self):
                return "inner method"

        def make(self):
            class Local:
                pass
            return Local

    attr = "outer attr"

    def method(self):
        def helper():
            return lambda: None
        return helper

    class UsesOuterName:
        try:
            seen = attr
        except NameError as e:
            seen = f"{type(e).__name__}: {e}"


print(Outer.__qualname__, Outer.Middle.__qualname__, Outer.Middle.Inner.__qualname__)
print(Outer.Middle.Inner.__name__, Outer.Middle.Inner.method.__qualname__)
print(Outer.Middle().make().__qualname__, Outer().method().__qualname__, Outer().method()().__qualname__)
print(Outer.UsesOuterName.seen, Outer.Middle.__module__)
print(repr(Outer.Middle.Inner), repr(Outer.Middle().make()))


def factory():
    class Made:
        class Sub:
            pass
    return Made


print(factory().__qualname__, factory().Sub.__qualname__)
Outer.Middle.Inner.__qualname__ = "Renamed.Inner"
print(Outer.Middle.Inner.__qualname__, Outer.Middle.Inner.__name__, repr(Outer.Middle.Inner))
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__name__ = "bad\0name"
except ValueError as e:
    print(type(e).__name__, e)
Outer.__name__ = "NewOuter"
print(Outer.__name__, Outer.__qualname__)

# mappingproxy
class Box:
    size = 3

    def method(self):
        return self.size


mp = vars(Box)
print(type(mp).__name__, mp is not Box.__dict__ or True, mp["size"], "method" in mp, "__init__" in mp)
try:
    mp["size"] = 4
except TypeError as e:
    print(type(e).__name__, e)
try:
    del mp["size"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    mp.pop("size")
except AttributeError as e:
    print(type(e).__name__, e)
Box.size = 5
print(mp["size"], Box.__dict__["size"], dict(mp)["size"], sorted(k for k in mp if not k.startswith("__")))
print(type(vars(Box())).__name__, vars(int)["real"].__class__.__name__, mp.get("nothing", "default"))
try:
    vars(Box).size
except AttributeError as e:
    print(type(e).__name__, e)


# shadowing through the MRO
class A:
    x = "A.x"
    y = "A.y"


class B(A):
    x = "B.x"


class C(B):
    pass


c = C()
print(c.x, c.y, C.x, "x" in vars(C), "x" in vars(B))
c.x = "instance x"
print(c.x, C.x)
del B.x
print(C.x, c.x)
A.x = "new A.x"
print(C.x, type(c).__mro__[1].__name__)
del c.x
print(c.x)
