# Errors raised by call-site unpacking: * on a non-iterable, ** on a
# non-mapping, non-string keys, the same keyword twice across several **
# mappings or a keyword plus a mapping, and an exception raised while
# iterating the * argument or reading the mapping.
def f(*args, **kwargs):
    return args, kwargs


def g(a, b):
    return a, b


class BadIter:
    def __iter__(self):
        raise ValueError("iteration refused")


class BadMapping:
    def keys(self):
        return ["k"]

    def __getitem__(self, key):
        raise LookupError("no item " + key)


class KeysOnly:
    def keys(self):
        return [1]

    def __getitem__(self, key):
        return key


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("f(*5)", lambda: f(*5))
attempt("f(*None)", lambda: f(*None))
attempt("f(1, *3.5)", lambda: f(1, *3.5))
attempt("g(*1)", lambda: g(*1))
attempt("f(**[1])", lambda: f(**[1]))
attempt("f(**None)", lambda: f(**None))
attempt("f(**'ab')", lambda: f(**"ab"))
attempt("g(**5)", lambda: g(**5))
attempt("f(**{1: 2})", lambda: f(**{1: 2}))
attempt("g(**{1: 2})", lambda: g(**{1: 2}))
attempt("f(**KeysOnly())", lambda: f(**KeysOnly()))
attempt("f(**{'a':1}, **{'a':2})", lambda: f(**{"a": 1}, **{"a": 2}))
attempt("f(a=1, **{'a': 2})", lambda: f(a=1, **{"a": 2}))
attempt("f(**{'a': 2}, a=1)", lambda: f(**{"a": 2}, a=1))
attempt("g(1, **{'a': 2})", lambda: g(1, **{"a": 2}))
attempt("g(*[1, 2], **{'b': 3})", lambda: g(*[1, 2], **{"b": 3}))
attempt("g(*[1, 2, 3])", lambda: g(*[1, 2, 3]))
attempt("g(*[])", lambda: g(*[]))
attempt("f(*BadIter())", lambda: f(*BadIter()))
attempt("f(**BadMapping())", lambda: f(**BadMapping()))
attempt("print(**{'sep': 1})", lambda: print("x", **{"sep": 1}))
attempt("print(**{'bogus': 1})", lambda: print(**{"bogus": 1}))
attempt("len(*[1, 2])", lambda: len(*[[1], [2]]))
attempt("dict(**{'a': 1}, **{'a': 2})", lambda: dict(**{"a": 1}, **{"a": 2}))


class Obj:
    def meth(self, **kw):
        return kw


attempt("Obj().meth(**{'x': 1}, **{'x': 1})", lambda: Obj().meth(**{"x": 1}, **{"x": 1}))
attempt("Obj().meth(*[1])", lambda: Obj().meth(*[1]))
attempt("Obj().meth(**5)", lambda: Obj().meth(**5))


def direct():
    out = []
    try:
        f(*42)
    except TypeError as e:
        out.append(str(e))
    try:
        f(**42)
    except TypeError as e:
        out.append(str(e))
    try:
        f(x=0, **{"x": 1})
    except TypeError as e:
        out.append(str(e))
    return out


for line in direct():
    print("direct:", line)
