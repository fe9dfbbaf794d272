# match class patterns: positional sub-patterns through __match_args__,
# keyword sub-patterns (attribute lookups), builtins matching self for one
# positional (int(x), str(s)), subclasses, dataclasses and namedtuples
# (automatic __match_args__), errors for too many positionals or a
# non-class. Ends with an uncaught TypeError from a class pattern.
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


@dataclasses.dataclass
class Line:
    start: Point
    end: Point


Pair = collections.namedtuple("Pair", "left right")


def describe(obj):
    match obj:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point3(x, y, z=z) if z > 0:
            return f"above plane {x},{y},{z}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"some point {obj.x},{obj.y}"
        case Line(Point(x1, y1), Point(x2, y2)):
            return f"line from {x1},{y1} to {x2},{y2}"
        case Pair(left, right=right):
            return f"pair {left}/{right}"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) if s:
            return f"string {s}"
        case str():
            return "empty string"
        case list([first, *_]):
            return f"list starting {first}"
        case dict(keys=k):
            return f"dict with keys attr {k.__name__}"
        case object(__class__=cls):
            return f"instance of {cls.__name__}"


for obj in (Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point3(1, 2, 3), Point3(1, 1, -1), Point(4, 4), Point(1, 2),
            Line(Point(0, 1), Point(2, 3)), Pair(1, 2), True, 7, 2.5, "hi", "", [9, 8], {"a": 1}, None, (1,)):
    print(describe(obj))
print(Line.__match_args__, Pair.__match_args__)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


for subject, label in ((NoArgs(), "no __match_args__"), (BadArgs(), "list __match_args__"), (5, "int two positionals")):
    try:
        match subject:
            case NoArgs(1):
                print("never")
            case BadArgs(1):
                print("never")
            case int(a, b):
                print("never")
    except TypeError as e:
        print(label, type(e).__name__, e)


class Dup:
    __match_args__ = ("a",)
    a = 1


try:
    match Dup():
        case Dup(x, a=y):
            print("never")
except TypeError as e:
    print(type(e).__name__, e)
not_a_class = len
match Point(1, 2):
    case not_a_class():
        print("never")
