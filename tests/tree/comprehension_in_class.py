# In a class body only the first iterable sees the class namespace; the
# element and the conditions skip the class scope (y here is the global).
y = 1
class C:
    y = 2
    values = [1, 2, 3]
    doubled = [v * y for v in values]
