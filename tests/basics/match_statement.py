# match statements: literal, capture, wildcard, sequence, mapping, class,
# or-patterns, guards, and as-bindings.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(subject):
    match subject:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case 1 | 2 | 3:
            return "small"
        case str() as text if len(text) > 3:
            return f"long string {text}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"sequence starting {first} with {len(rest)} more"
        case {"kind": "circle", "r": radius}:
            return f"circle r={radius}"
        case {"kind": kind, **others}:
            return f"mapping {kind} {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "none"
        case _:
            return f"other {subject!r}"


for value in (0, -5, 2, "hi", "hello", [1, 2], [1, 2, 3], (), {"kind": "circle", "r": 2},
              {"kind": "square", "side": 1, "color": "red"}, Point(0, 0), Point(0, 5),
              Point(3, 4), None, 7.5):
    print(describe(value))
