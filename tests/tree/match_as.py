# `pattern as name`: the sub-pattern is matched first, then the whole
# value is captured; names are bound in CPython's store order.
def inspect(value):
    match value:
        case [(1 | 2) as small, *_] as whole:
            return "starts small %r in %r" % (small, whole)
        case {"k": [_, _] as pair}:
            return "pair %r" % (pair,)
        case (str() as text):
            return "text %r" % (text,)
    return "nothing"


print(inspect([2, 3]), inspect({"k": (8, 9)}), inspect("s"), inspect(0))
