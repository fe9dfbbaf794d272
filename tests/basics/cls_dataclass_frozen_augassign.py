# dataclasses: frozen=True (FrozenInstanceError on assignment/deletion,
# hashability, object.__setattr__ in __post_init__), order=True comparisons
# (tuple order, TypeError against other types), unsafe_hash, eq=False hash,
# asdict/astuple with nesting, replace() (including init=False field
# error), slots=True. Ends with an uncaught FrozenInstanceError.
import dataclasses
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0
    tags: tuple = ()


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c, Coord(1.5, 2.5)} == {c})
try:
    c.lat = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del c.lon
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    c.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Derived:
    raw: str
    upper: str = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "upper", self.raw.upper())


print(Derived("abc"))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(0, 9), Version(1, 0, "a"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 99), Version(1, 2, "x") == Version(1, 2, "y"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class Broken:
        x: int
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class DefinesLt:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(1)) == hash(Hashy(1, [9])))


@dataclass
class Unhashable:
    a: int


try:
    hash(Unhashable(1))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class IdentityHash:
    a: int


i = IdentityHash(1)
print(hash(i) == hash(i), i == IdentityHash(1))


@dataclass
class Line:
    start: Coord
    end: Coord
    meta: dict = field(default_factory=dict)


ln = Line(Coord(0, 0), Coord(1, 1, ("x",)), {"k": [Coord(2, 2)]})
print(dataclasses.asdict(ln))
print(dataclasses.astuple(ln))
print(dataclasses.asdict(Coord(1, 2), dict_factory=lambda items: [k for k, v in items]))
try:
    dataclasses.asdict(Coord)
except TypeError as e:
    print(type(e).__name__, e)

c2 = dataclasses.replace(c, lon=9.0)
print(c2, c2 is c, c)
try:
    dataclasses.replace(c, height=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dataclasses.replace(Derived("q"), upper="Q")
except ValueError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


sl = Slotted(1)
print(sl, Slotted.__slots__, hasattr(sl, "__dict__"))
try:
    sl.z = 3
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Account:
    balance: int

    def deposit(self, amount):
        self.balance += amount


acct = Account(10)
print(dataclasses.replace(acct, balance=acct.balance + 5))
acct.deposit(5)
