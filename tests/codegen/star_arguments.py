# Calls with *args and **kwargs, starred displays, and their error messages.
def f(*a, **k):
    return a, k
args = [1, 2]
kw = {"x": 1}
print(f(*args), f(0, *args, 3, *(4,), y=2, **kw, z=3), f(**kw), f(*"ab", **{}))
print([*args, 9], (*args, *args), {*args, 5}, {**kw, "w": 0, **{"x": 5}})
print(*args, sep="-")
def g(a, b, c=0):
    return a + b + c
print(g(*[1, 2]), g(*(1,), **{"b": 5}), g(1, **{"c": 7, "b": 1}))
for expr in [lambda: f(*5), lambda: f(1, *5), lambda: f(**5), lambda: f(k=1, **5),
             lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(a=1, **{'a': 2}),
             lambda: f(**{1: 2}), lambda: [*5], lambda: (*5,), lambda: {*5},
             lambda: {**5}, lambda: {'a': 1, **5}, lambda: print(*5), lambda: len(*5),
             lambda: g(*[1, 2, 3, 4])]:
    try:
        expr()
    except TypeError as e:
        print(e)
