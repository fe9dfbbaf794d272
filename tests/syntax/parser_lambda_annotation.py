# A lambda parameter cannot be annotated.
f = lambda x: int: x
