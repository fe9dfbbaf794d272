# A missing comma makes a call of a tuple; the error follows in a class body.
class A:
    pairs = [(1, 2) (3, 4)]
    yield pairs
