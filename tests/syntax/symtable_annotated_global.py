# An annotated name cannot be declared global.
def f():
    global x
    x: int = 1
