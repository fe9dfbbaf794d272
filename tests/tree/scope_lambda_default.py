# Defaults are evaluated in the defining scope; the lambda's own parameter
# shadows the outer name.
x = 10
g = lambda x=x, *rest, key=None: (x, rest, key)
