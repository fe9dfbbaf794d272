# Parameter kinds and call forms: positional, defaults, *args, keyword-only,
# **kwargs, positional-only, calls with keywords, * and ** unpacking, and
# the values each parameter receives.
def plain(a, b, c):
    return (a, b, c)


def defaults(a, b=2, c=3):
    return (a, b, c)


def star(a, *args):
    return (a, args)


def kwonly(a, *, key, other=0):
    return (a, key, other)


def kwargs(a, **kw):
    return (a, sorted(kw.items()))


def posonly(a, b, /, c, d=4):
    return (a, b, c, d)


def everything(a, b=1, /, c=2, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


print(plain(1, 2, 3), plain(1, c=3, b=2), plain(c=1, b=2, a=3))
print(defaults(1), defaults(1, 5), defaults(1, c=9), defaults(a=0, b=0))
print(star(1), star(1, 2, 3), star(*[4, 5, 6]), star(0, *"ab", *(1,)))
print(kwonly(1, key=2), kwonly(key="k", a=0), kwonly(1, other=3, key=4))
print(kwargs(1), kwargs(1, x=2, y=3), kwargs(a=1, b=2), kwargs(**{"a": 0, "z": 9}))
print(posonly(1, 2, 3), posonly(1, 2, c=3, d=5), posonly(*(1, 2), **{"c": 7}))
print(everything(0, d=1))
print(everything(0, 1, 2, 3, 4, d=5, e=6, f=7, g=8))
print(everything(*range(5), **{"d": "D", "extra": True}))
print(everything(0, 9, c=8, d=7))
args = (1, 2)
kw = {"c": 3}
print(plain(*args, **kw), defaults(*args), plain(*[1], *[2], **{"c": 3}))


def nested_defaults(x, y=[], z={}):
    y.append(x)
    z[x] = len(y)
    return y, z


print(nested_defaults(1))
print(nested_defaults(2))
print(nested_defaults(3, []))
print(defaults.__defaults__, kwonly.__kwdefaults__, everything.__code__.co_argcount)
print(everything.__code__.co_posonlyargcount, everything.__code__.co_kwonlyargcount)
print(everything.__code__.co_varnames, everything.__name__, everything.__qualname__)


def returns_nothing():
    pass


def returns_early(x):
    if x:
        return "early"
    print("late path")


print(returns_nothing(), returns_early(1), returns_early(0))


def multi():
    return 1, [2], "three"


one, two, three = multi()
print(one, two, three)
