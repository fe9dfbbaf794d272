# Several for clauses nest loops; later iterables are evaluated inside the
# comprehension, each time the enclosing clause produces a value, and may
# use its names. A comprehension inside another one is its own function.
def f(rows):
    pairs = [(r, c) for r in rows for c in r if c]
    return [[c for c in r] for r in rows]
