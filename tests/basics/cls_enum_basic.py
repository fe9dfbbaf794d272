# enum.Enum: members, name/value, iteration order, aliases (not iterated,
# in __members__), lookup by value Color(1) and name Color["RED"] with
# their errors, auto(), comparisons (identity, no ordering), methods and
# properties on enums, unique decorator, immutability of members, members
# in dicts. Ends with an uncaught ValueError from a bad value lookup.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(list(Color), len(Color), [m.name for m in Color])
print(list(Color.__members__), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color(2), Color["BLUE"], Color.RED.describe(), Color.BLUE.is_warm, Color.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Color.RED, Color), isinstance(Color, enum.EnumMeta), type(Color).__name__)
print({Color.RED: "r", Color.GREEN: "g"}[Color(1)], f"{Color.BLUE}", f"{Color.BLUE!r}", str(Color.GREEN))


class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
    C = 10
    D = enum.auto()


print([(m.name, m.value) for m in Auto])


class Lower(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    X = enum.auto()
    Y = enum.auto()


print([m.value for m in Lower])

try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class Extend(Color):
        PINK = 9
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Twice(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)


class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.value, Planet.EARTH.mass, Planet((3.303e23, 2.4397e6)).name)

Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = enum.Enum("Shape", [("SQUARE", "sq"), ("CIRCLE", "ci")])
print(Shape("ci"), Shape.SQUARE.value)

print(Color(5))
