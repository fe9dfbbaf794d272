# Guards: names are bound once the pattern matched, before the guard runs;
# a false guard moves on to the next case and leaves the names bound.
def sign(value):
    match value:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n == 0:
            return "zero"
        case [x, y] if x == y:
            return "equal pair"
        case _ if value is None:
            return "none"
        case other if other:
            return "truthy %r" % (other,)
    return "falsy"


print(sign(-4), sign(0), sign(5), sign([1, 1]), sign([1, 2]), sign(None), sign(""))


def leak(value):
    match value:
        case [x, y] if x > y:
            pass
        case _:
            pass
    return x, y


print(leak([1, 2]))
