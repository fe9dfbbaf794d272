# Two starred targets in one unpacking.
def f(values):
    first, *middle, *last = values
