# match sequence and mapping patterns: fixed length lists/tuples, nested
# sequences, star captures (empty, middle, wildcard *_), strings/bytes not
# treated as sequences, iterators not matched, ranges/deques matched;
# mapping patterns with literal and value keys, **rest, extra keys
# allowed, get() not used for missing keys (defaultdict), duplicate key
# syntax error.
import collections


def seq(subject):
    match subject:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y] if x == y:
            return f"pair of equal {x!r}"
        case (x, y):
            return f"pair {x!r},{y!r}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first!r} last {last!r}"
        case _:
            return f"not a sequence: {type(subject).__name__}"


for s in ([], (), [7], (8,), [2, 2], (1, 2), [1, 2, 3], (5, 6, 7, 8), "ab", "abc", b"xy", bytearray(b"xyz"),
          range(3), collections.deque([4, 5, 6]), iter([1, 2]), {1, 2}, {"a": 1}, 5, [[1]]):
    print(repr(s) if not hasattr(s, "__next__") else "iterator", "->", seq(s))


def nested(subject):
    match subject:
        case [(0, 0), *others]:
            return f"origin then {len(others)}"
        case [[a, b], [c, d]]:
            return f"matrix det {a * d - b * c}"
        case [str() as name, [*scores]]:
            return f"{name}: {sum(scores)}"
        case [*head, (x, y)]:
            return f"head {head} tail point {x},{y}"
    return "no match"


for s in ([(0, 0), (1, 1)], [[1, 2], [3, 4]], ["ann", [1, 2, 3]], [1, 2, (3, 4)], [[1, 2]]):
    print(s, "->", nested(s))


def mapping(subject):
    match subject:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {1: one, "k": [first, *_]}:
            return f"int key {one}, list head {first}"
        case {"empty": {}}:
            return "empty-dict pattern matches any dict value"
        case {}:
            return f"some mapping with {len(subject)} keys"
        case _:
            return "not a mapping"


for s in ({"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"type": "circle", "r": 1}, {1: "one", "k": [9, 8]}, {"empty": {"full": 1}}, {"empty": []}, {},
          [("type", "point")], collections.OrderedDict(type="point", x=0, y=0)):
    print(s, "->", mapping(s))
dd = collections.defaultdict(lambda: "made up")
match dd:
    case {"missing": value}:
        print("matched missing?", value)
    case _:
        print("defaultdict: missing key not created", dict(dd))


class Config:
    KEY = "name"


match {"name": "via value key", "other": 1}:
    case {Config.KEY: found, **others}:
        print(found, others)
match [1, 2, 3, 4, 5]:
    case [1, 2, *middle, 5]:
        print("middle", middle)
match (1, [2, (3, {"k": [4]})]):
    case (a, [b, (c, {"k": [d]})]):
        print("deep", a + b + c + d)
for src in ("match x:\n    case {'a': 1, 'a': 2}: pass", "match x:\n    case [*a, *b]: pass",
            "match x:\n    case {**rest, 'a': 1}: pass", "match x:\n    case {**_}: pass"):
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
