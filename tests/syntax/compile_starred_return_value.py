# A starred value alone is not a tuple.
def f():
    return *values
