# yield in a class body.
class A:
    x = (yield)
