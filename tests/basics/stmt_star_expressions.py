# Star and double-star unpacking in displays and calls: *iterables in
# list/tuple/set displays, **mappings in dict displays, several stars
# mixed with plain items, in calls (positional after *args, keyword after
# **kwargs), evaluation order, duplicate keyword errors, non-iterable and
# non-mapping errors, and star in return/yield/for/subscript expressions.
a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b, *s], (*a, 0, *b), [*range(3), *{}, *()], [*a])
print(sorted({*a, *b, 1, 2}), {*"aab"} == set("ab"), (*"hi",), *[7, 8])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"a": 0, **d1, "a": 100}, {**d1, "z": 0, **{}})
print({**{1: "int"}, **{1.0: "float"}, True: "bool"})


def f(*args, **kwargs):
    return args, dict(sorted(kwargs.items()))


print(f(*a, *b), f(0, *a, 9, *b), f(*a, x=1, **d2), f(**d1, **{"c": 3}), f(*"ab", **{}))
print(f(*[], **{}), f(*(i for i in range(3))), f(**{"k": v for v in range(2)}))
print(f(1, *[2], 3, *[4], key=5, **{"other": 6}), f(*a, z=0, *b))
order = []


def t(name, value):
    order.append(name)
    return value


f(t("p1", 1), *t("star", [2]), t("kw", 3) and t("k", 4), **t("dstar", {"d": 5}))
print(order)
order.clear()
[t("first", 1), *t("second", [2, 3]), t("third", 4)]
{t("k1", "k"): t("v1", 1), **t("spread", {}), t("k2", "j"): t("v2", 2)}
print(order)
for label, thunk in (("dup kw", lambda: f(**{"a": 1}, **{"a": 2})),
                     ("dup kw explicit", lambda: f(a=1, **{"a": 2})),
                     ("star int", lambda: f(*5)),
                     ("star None", lambda: [*None]),
                     ("dstar list", lambda: f(**[1, 2])),
                     ("dstar in display", lambda: {**[("a", 1)]}),
                     ("non-str key", lambda: f(**{1: 2})),
                     ("set unhashable", lambda: {*[[1]]})):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)


def gen():
    yield 1
    yield 2


def star_return():
    return *a, *gen()


print(star_return(), [*gen(), *gen()])
for x in *a, *b:
    print(x, end=" ")
print()


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[*a], g[1, *b], g[*a, *b], g[*a,], g[*[]], g[*"z", ::2])
first, *middle, last = *a, *b, *s
print(first, middle, last)
nested = [[*row, 0] for row in ([1], [2, 3])]
print(nested, [*map(str, range(3))], (*zip("ab", "cd"),))


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        return key.upper()


print({**Mapping()}, f(**Mapping()))
print(print(*[1, 2, 3], sep="-"), max(*[3, 9, 2]), "%s-%s" % (*b,))
