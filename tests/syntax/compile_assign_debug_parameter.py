# Parameter names are checked before the body.
def f(a, *, __debug__=1):
    return (yield)
