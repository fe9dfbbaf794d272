# CPython's order for mixed calls: the called object, every positional
# argument (starred or not) left to right, then every keyword argument
# (named or **) left to right, even when written before a starred one.
f(*a, b, x=1, **c, y=2)
f(x=g(), *h())
