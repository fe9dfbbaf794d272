# In functions annotations are not evaluated: `x: int` only makes x local,
# `y: int = 2` assigns. Complex targets without value still evaluate their
# object and index.
def f(obj, table):
    x: int
    y: int = 2
    obj.attr: float
    table[y]: str
    return y
