# A generator expression's function returns a generator object whose body
# yields each element; only the first iterable is evaluated outside.
g = (x * x for x in range(10) if x % 2)
total = sum(y for y in values)
