# A lambda default is compiled in the enclosing scope.
def f():
    return lambda a=(await x): a
