# An assignment expression in a comprehension in a class body.
class A:
    values = [(y := x) for x in range(3)]
