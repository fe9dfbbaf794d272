# Or-patterns: alternatives tried in order. Without captures they are an
# `or` of tests; with captures each alternative binds the same names, and
# the names are bound only after the whole pattern matched.
def kind(value):
    match value:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return "pair with zero and %r" % (x,)
        case {"a": v} | {"b": v}:
            return "a or b: %r" % (v,)
        case str() | bytes():
            return "text"
    return "other"


print(kind(2), kind([5, 0]), kind([0, 6]), kind({"b": 7}), kind(b"x"), kind(9.5))
