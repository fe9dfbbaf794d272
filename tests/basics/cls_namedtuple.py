# collections.namedtuple and typing.NamedTuple: field access, tuple
# behaviour (indexing, unpacking, comparison, hashing), _replace, _asdict,
# _fields, _make, defaults, rename=True, invalid field names, subclassing
# to add methods, immutability errors, NamedTuple with methods and defaults.
import collections
from typing import NamedTuple

Point = collections.namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), tuple(p), len(p), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(Point.__name__, Point.__doc__, Point.x.__doc__, isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)

Config = collections.namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"), Config._field_defaults)
R = collections.namedtuple("R", ["ok", "def", "ok", "_x", "2bad"], rename=True)
print(R._fields)
for bad in (["def"], ["a", "a"], ["_x"], ["1a"]):
    try:
        collections.namedtuple("Bad", bad)
    except ValueError as e:
        print(type(e).__name__, e)


class Vector(collections.namedtuple("Vector", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, type(v).__name__, Vector(1, 2) < Vector(1, 3))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_by(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

    def __repr__(self):
        return f"<Employee {self.name}/{self.dept}/{self.salary}>"


e = Employee("ann")
print(e, e.raise_by(10), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee("bob", salary=5), sorted([Employee("z", "a"), Employee("a", "z")]))
print(issubclass(Employee, tuple), Employee.__bases__)
try:
    class BadOrder(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Underscore(NamedTuple):
        _a: int
except ValueError as e:
    print(type(e).__name__, e)

P3 = NamedTuple("P3", [("a", int), ("b", str)])
print(P3(1, "s"), P3._fields)
print(collections.namedtuple("Empty", [])(), p.count(1), p.index(2))
