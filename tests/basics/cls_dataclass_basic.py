# dataclasses basics: generated __init__/__repr__/__eq__, field order,
# defaults, default_factory, mutable default ValueError, field(init=False,
# repr=False, compare=False), __post_init__ with InitVar, inheritance of
# fields, ClassVar excluded from fields, fields() introspection, errors for
# non-default after default.
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, p == Point(1, 0), p != Point(1, 2), Point(y=5, x=2))
print(Point.__init__.__qualname__, Point.__eq__.__name__, Point.__hash__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="hidden", compare=False)
    computed: int = field(init=False)
    total: ClassVar[int] = 0

    def __post_init__(self):
        self.computed = len(self.owner)
        Inventory.total += 1


a = Inventory("ann")
b = Inventory("bob", ["x"])
a.items.append("apple")
print(a, b, a.items is b.items)
print(Inventory("z", secret="a") == Inventory("z", secret="b"), Inventory.total)
print([f.name for f in dataclasses.fields(Inventory)])
f0 = dataclasses.fields(Inventory)[1]
print(f0.name, f0.type, f0.default is dataclasses.MISSING, f0.default_factory is list, f0.init, f0.repr)
try:
    Inventory("q", computed=3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0

    def __post_init__(self, factor):
        self.value *= factor


s = Scaled(2.0, 3.0)
print(s, [f.name for f in dataclasses.fields(Scaled)], hasattr(s, "factor"))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.0), [f.name for f in dataclasses.fields(Derived)])
print(dataclasses.is_dataclass(Derived), dataclasses.is_dataclass(Derived()), dataclasses.is_dataclass(int))


@dataclass(repr=False, eq=False)
class Plain:
    v: int


pl = Plain(1)
print(pl == Plain(1), repr(pl).startswith("<__main__.Plain object"))


@dataclass
class WithRepr:
    name: str

    def __repr__(self):
        return f"custom {self.name}"


print(WithRepr("n"), [WithRepr("m")])


@dataclass
class Kw:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
    c: int = 3


print(Kw(1, c=9), Kw(1, b=0))
try:
    Kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    dataclasses.fields(5)
except TypeError as e:
    print(type(e).__name__, e)

Dyn = dataclasses.make_dataclass("Dyn", [("x", int), ("y", int, field(default=7))])
print(Dyn(1), Dyn.__name__)
