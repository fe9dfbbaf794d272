# A simple call: the positional arguments become one tuple (a constant when
# all are constant), evaluated after the called object.
f(1, 2)
f(a, b())
f()
obj.method(x)
