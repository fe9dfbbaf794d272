# Creating classes with type(name, bases, dict): methods from functions
# and lambdas, bases, class attributes, __module__/__qualname__, __slots__
# and __init_subclass__ via type(), type() argument errors, type() with one
# argument, types.new_class with keywords and exec_body.
import types


def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "double": lambda self: self.x * 2, "kind": "pt"})
p = Point(4)
print(Point.__name__, Point.__qualname__, Point.__module__, p.double(), p.kind, Point.__bases__)

Point3 = type("Point3", (Point,), {"z": 0, "__repr__": lambda self: f"Point3({self.x})"})
print(Point3(5), Point3(5).double(), [k.__name__ for k in Point3.__mro__])

Slotted = type("Slotted", (), {"__slots__": ("a",)})
sl = Slotted()
try:
    sl.b = 1
except AttributeError as e:
    print(type(e).__name__, e)

Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "fake.module", "__doc__": "docs"})
print(Q.__qualname__, Q.__module__, Q.__doc__, Q.__name__)


class Base:
    def __init_subclass__(cls, **kw):
        print("  __init_subclass__", cls.__name__, kw)


T = type("T", (Base,), {})
print(type(T).__name__, type(1).__name__, type(type).__name__)

for args in [("A",), ("A", ()), ("A", (), {}, 1), (1, (), {}), ("A", [], {}), ("A", (), []), ("A", (1,), {}),
             ("A", (), {"__slots__": 1}), ("A\0B", (), {}), ("A", (), {"__qualname__": 3})]:
    try:
        result = type(*args)
        print(args, "->", result if not isinstance(result, type) else result.__name__)
    except (TypeError, ValueError) as e:
        print(args, "->", type(e).__name__, e)


def body(ns):
    ns["from_body"] = "yes"
    ns["method"] = lambda self: "method"


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, *args, **kw):
        super().__init__(*args)


N = types.new_class("N", (), {"metaclass": Meta, "flag": 1}, body)
print(N.__name__, type(N).__name__, N.kw, N.from_body, N().method())
meta, ns, kwds = types.prepare_class("P", (N,), {"other": 2})
print(meta.__name__, type(ns).__name__, kwds)

Counter = type("Counter", (dict,), {"__missing__": lambda self, k: 0})
c = Counter()
c["a"] += 1
print(c, isinstance(c, dict))

Empty = type("Empty", (), {})
print(vars(Empty)["__module__"], "__dict__" in vars(Empty), Empty.__doc__)
