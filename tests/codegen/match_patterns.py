# Pattern matching, compiled: every pattern kind, captures, guards, and the
# errors of class and mapping patterns.
from collections import defaultdict, OrderedDict
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Bad:
    __match_args__ = ["x"]
class Keys:
    a = "same"
    b = "same"
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i
import collections.abc
collections.abc.Sequence.register(Seq)
def classify(value):
    match value:
        case None:
            return "none"
        case True | False as flag:
            return f"bool {flag}"
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | complex():
            return "number"
        case str(text) if len(text) > 3:
            return f"long str {text}"
        case "a" | "b":
            return "letter"
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1 then {rest}"
        case [first, *middle, last]:
            return f"{first}..{middle}..{last}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others} if others:
            return f"{k} with {sorted(others)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point at x={px}"
        case _:
            return f"other {type(value).__name__}"
for value in [None, True, 0, 2, -5, 3, 1.5, 2j, "hello", "a", "xy", [], [7], [1, 2, 3],
              (4, 5, 6, 7), {"kind": "circle", "r": 2}, {"kind": "sq", "side": 1},
              {"kind": "sq"}, defaultdict(int), OrderedDict(a=1), Point(0, 0), Point(3, 3),
              Point(1, 2), Seq(), object()]:
    print(classify(value))
def errors(value, pattern):
    try:
        match value:
            case Point(a, b, c) if pattern == 1:
                return "three"
            case Bad(x) if pattern == 2:
                return "bad"
            case {Keys.a: 1, Keys.b: 2} if pattern == 3:
                return "duplicate"
            case print() if pattern == 4:
                return "not a type"
    except (TypeError, ValueError) as error:
        return f"{type(error).__name__}: {error}"
print(errors(Point(1, 2), 1), errors(Bad(), 2), errors({"same": 1}, 3), errors(Point(1, 2), 4))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("module level", a, b, c)
