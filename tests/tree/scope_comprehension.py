# A comprehension is a function of its own: the first iterable is evaluated
# outside, the loop variable is local to it, other names are free or global.
def f(items, scale):
    return [item * scale for item in items if item]
