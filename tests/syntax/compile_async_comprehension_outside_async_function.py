# An asynchronous list comprehension in a regular function.
def f():
    return [await x for x in y]
