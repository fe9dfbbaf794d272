# The same keyword twice.
result = dict(a=1, b=2, a=3)
