# Positional-only parameters (`/`): accepted call forms, the TypeError for
# passing them by keyword, positional-only names reused as **kwargs keys,
# defaults on positional-only parameters, and the code object counters.
def po(a, b, /):
    return (a, b)


def po_default(a, b=10, /):
    return (a, b)


def po_mixed(a, /, b, *, c):
    return (a, b, c)


def po_kwargs(a, b=2, /, **kw):
    return (a, b, sorted(kw.items()))


print(po(1, 2), po(*"xy"), po(*[1], *[2]))
print(po_default(1), po_default(1, 2), po_default(*(5,)))
print(po_mixed(1, 2, c=3), po_mixed(1, b=2, c=3))
print(po_kwargs(1), po_kwargs(1, 5, a="A", b="B"))
print(po_kwargs(1, **{"a": 9, "b": 8, "c": 7}))


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


attempt("po(a=1, b=2)", po, a=1, b=2)
attempt("po(1, b=2)", po, 1, b=2)
attempt("po(1)", po, 1)
attempt("po()", po)
attempt("po(1, 2, 3)", po, 1, 2, 3)
attempt("po_default(a=1)", po_default, a=1)
attempt("po_default(1, b=2)", po_default, 1, b=2)
attempt("po_mixed(a=1, b=2, c=3)", po_mixed, a=1, b=2, c=3)
attempt("po_mixed(1, 2, 3)", po_mixed, 1, 2, 3)
attempt("po_mixed(1, 2)", po_mixed, 1, 2)
attempt("po_mixed(1, c=3)", po_mixed, 1, c=3)


def direct():
    results = []
    try:
        po(1, b=2)
    except TypeError as e:
        results.append(str(e))
    try:
        po(a=1, b=2)
    except TypeError as e:
        results.append(str(e))
    try:
        po_mixed(a=0, b=1, c=2)
    except TypeError as e:
        results.append(str(e))
    return results


for line in direct():
    print("direct:", line)

for fn in (po, po_default, po_mixed, po_kwargs):
    code = fn.__code__
    print(fn.__name__, code.co_argcount, code.co_posonlyargcount,
          code.co_kwonlyargcount, code.co_varnames[:code.co_nlocals], fn.__defaults__)


class Point:
    def __init__(self, x, y, /):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0, /):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2).moved(3, 4)
print(p.x, p.y)
attempt("Point(x=1, y=2)", Point, x=1, y=2)
attempt("moved(dx=1)", Point(0, 0).moved, dx=1)
print("builtins are positional-only too:")
attempt("len(obj=[])", len, obj=[])
attempt("divmod(a=1, b=2)", divmod, a=1, b=2)
