# match statements of every pattern kind.
def describe(value):
    match value:
        case 0 | 1:
            return "small"
        case int(n) if n > 100:
            return f"big {n}"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"key": v, **others}:
            return f"map {v} {others}"
        case str() as s:
            return f"str {s}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, 500, 7, [1, 2, 3, 4], {"key": 1, "z": 2}, "s", None, 3.5]:
    print(describe(v))
