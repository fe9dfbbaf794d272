# A list comprehension is a function <listcomp>(.0) called with iter() of
# the first iterable, evaluated outside; it appends to a list and returns it.
def f(items, limit):
    return [x * 2 for x in items if x < limit]
