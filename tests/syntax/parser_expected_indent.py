# A block header without an indented body.
def f():
    if x:
    return 1
