# Closures: `a` and `b` are cells of outer, free in inner; `len` is a
# global (builtin) lookup; `c` is a plain local.
def outer(a):
    b = 1
    c = 2

    def inner():
        return a + b + len(c_list)

    c_list = [c]
    return inner
