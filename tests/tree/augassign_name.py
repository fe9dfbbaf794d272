# Augmented assignment to a name: a = a (+=) b with the in-place operator,
# at module level, in a function (local) and in a class body (namespace).
total += 1
def f(n):
    n **= 2
    return n
class C:
    count = 0
    count |= flag
