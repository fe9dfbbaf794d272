# Every TypeError CPython raises for a call that does not fit the signature,
# with its exact message: missing positional (one, two, three names),
# missing keyword-only, too many positionals (with and without defaults and
# keyword-only), unexpected keyword, multiple values, positional-only by
# keyword, and the same for methods, lambdas and nested functions.
def one(a):
    pass


def two(a, b):
    pass


def three(a, b, c):
    pass


def with_default(a, b=1):
    pass


def kwonly(a, *, k, m):
    pass


def posonly(a, b, /, c):
    pass


class C:
    def method(self, x, y):
        pass

    @classmethod
    def cm(cls, x):
        pass

    @staticmethod
    def sm(x):
        pass


def outer():
    def inner(p, q):
        pass
    return inner


lam = lambda x, y: None
cases = [
    ("one()", lambda: one()),
    ("two()", lambda: two()),
    ("two(1)", lambda: two(1)),
    ("three()", lambda: three()),
    ("three(1)", lambda: three(1)),
    ("one(1, 2)", lambda: one(1, 2)),
    ("two(1, 2, 3, 4)", lambda: two(1, 2, 3, 4)),
    ("with_default(1, 2, 3)", lambda: with_default(1, 2, 3)),
    ("with_default()", lambda: with_default()),
    ("kwonly(1)", lambda: kwonly(1)),
    ("kwonly(1, k=1)", lambda: kwonly(1, k=1)),
    ("kwonly(1, 2)", lambda: kwonly(1, 2)),
    ("kwonly(1, 2, k=1, m=2)", lambda: kwonly(1, 2, k=1, m=2)),
    ("kwonly(1, 2, 3, k=1)", lambda: kwonly(1, 2, 3, k=1)),
    ("one(b=1)", lambda: one(b=1)),
    ("one(1, b=1)", lambda: one(1, b=1)),
    ("one(1, a=1)", lambda: one(1, a=1)),
    ("two(1, a=2)", lambda: two(1, a=2)),
    ("posonly(1, 2, a=3)", lambda: posonly(1, 2, a=3)),
    ("posonly(a=1, b=2, c=3)", lambda: posonly(a=1, b=2, c=3)),
    ("posonly(1, b=2, c=3)", lambda: posonly(1, b=2, c=3)),
    ("C().method(1)", lambda: C().method(1)),
    ("C().method(1, 2, 3)", lambda: C().method(1, 2, 3)),
    ("C.method(1, 2)", lambda: C.method(1, 2)),
    ("C().method(1, 2, z=0)", lambda: C().method(1, 2, z=0)),
    ("C.cm()", lambda: C.cm()),
    ("C.cm(1, 2)", lambda: C.cm(1, 2)),
    ("C.sm()", lambda: C.sm()),
    ("C().sm(1, 2)", lambda: C().sm(1, 2)),
    ("outer()(1)", lambda: outer()(1)),
    ("outer()(1, 2, q=3)", lambda: outer()(1, 2, q=3)),
    ("lam(1)", lambda: lam(1)),
    ("lam(1, 2, 3)", lambda: lam(1, 2, 3)),
    ("lam(x=1, y=2, z=3)", lambda: lam(x=1, y=2, z=3)),
    ("C(1)", lambda: C(1)),
    ("object(1)", lambda: object(1)),
]
for label, thunk in cases:
    try:
        thunk()
        print(label, "OK")
    except TypeError as e:
        print(f"{label:28} {type(e).__name__}: {e}")
