# Keyword-only parameters (after `*` or after *args): required and defaulted
# keyword-only arguments, their order independence, errors when they are
# given positionally or omitted, and __kwdefaults__.
def ko(*, a, b=2):
    return (a, b)


def ko_after_args(x, *rest, flag=False, name):
    return (x, rest, flag, name)


def ko_many(*, z, y, x=0, w):
    return (z, y, x, w)


print(ko(a=1), ko(a=1, b=3), ko(b=0, a=-1), ko(**{"a": "A"}))
print(ko_after_args(1, name="n"), ko_after_args(1, 2, 3, name="m", flag=True))
print(ko_many(w=4, z=1, y=2), ko_many(x=9, w=8, y=7, z=6))
print(ko.__kwdefaults__, ko_after_args.__kwdefaults__, ko_many.__kwdefaults__)
print(ko.__defaults__, ko.__code__.co_kwonlyargcount, ko.__code__.co_argcount)


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


attempt("ko()", ko)
attempt("ko(1)", ko, 1)
attempt("ko(1, 2)", ko, 1, 2)
attempt("ko(1, a=1)", ko, 1, a=1)
attempt("ko(b=1)", ko, b=1)
attempt("ko(a=1, c=3)", ko, a=1, c=3)
attempt("ko_after_args(1)", ko_after_args, 1)
attempt("ko_after_args()", ko_after_args)
attempt("ko_after_args(name=1)", ko_after_args, name=1)
attempt("ko_many()", ko_many)
attempt("ko_many(z=1)", ko_many, z=1)
attempt("ko_many(z=1, y=2)", ko_many, z=1, y=2)
attempt("ko_many(1, 2, 3)", ko_many, 1, 2, 3)


def only_kw_with_kwargs(*, key, **others):
    return key, sorted(others)


print(only_kw_with_kwargs(key=1, a=2, b=3))
attempt("only_kw_with_kwargs(a=2)", only_kw_with_kwargs, a=2)


class Config:
    def set(self, *, level, verbose=False):
        return f"level={level} verbose={verbose}"

    @staticmethod
    def make(*, kind):
        return "made " + kind


c = Config()
print(c.set(level=3), c.set(verbose=True, level=1), Config.make(kind="x"))
attempt("c.set(3)", c.set, 3)
attempt("c.set()", c.set)
attempt("Config.make('x')", Config.make, "x")
lam = lambda *, q=5, r: q * r
print(lam(r=2), lam(q=1, r=3), lam.__kwdefaults__)
attempt("lam(1)", lam, 1)
attempt("lam()", lam)
