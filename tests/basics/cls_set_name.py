# __set_name__: called for descriptors and other objects assigned in a
# class body (with owner and name), order of calls, not called for later
# setattr, exceptions in __set_name__ (3.11 wraps them in a RuntimeError
# whose __cause__ is the original), same object under two names, and type()
# with a namespace.
class Field:
    def __init__(self, default=None):
        self.default = default
        self.names = []

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.names.append(name)
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Model:
    print("body start")
    x = Field(1)
    y = Field(2)
    shared = z = Field(3)
    print("body end")


m = Model()
print(m.x, m.y, m.z, m.shared)
m.x = 10
print(m.x, vars(m))
print(Model.__dict__["shared"].names)

late = Field(0)
Model.late = late
print(late.names, hasattr(late, "private"))
late.__set_name__(Model, "late")
m.late = 5
print(m.late, vars(m))


class Recorder:
    def __set_name__(self, owner, name):
        self.where = (owner.__qualname__, name)


class Outer:
    class Inner:
        r = Recorder()


print(Outer.Inner.r.where)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)


try:
    class UsesBroken:
        thing = Broken()
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, getattr(e, "__notes__", None))


class NotADescriptor:
    __set_name__ = None


try:
    class Holder:
        value = NotADescriptor()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

T = type("T", (), {"f": Field(7)})
print(T().f, T.__dict__["f"].names)


class CallableAttr:
    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        raise AttributeError(name)


class HasCallableAttr:
    c = CallableAttr()


print(HasCallableAttr.c.calls)
