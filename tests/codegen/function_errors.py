# CPython's TypeError messages for bad calls.
def f(a, b, c=3, *, d, e=5):
    pass
def g(a, /, b):
    pass
def h(x):
    pass
def k():
    pass
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, b=3, d=4),
    lambda: f(1, 2, d=4, z=1),
    lambda: g(a=1, b=2),
    lambda: g(1, 2, a=3),
    lambda: h(),
    lambda: h(1, 2),
    lambda: k(1),
    lambda: f(1, 2, **{"d": 1, 1: 2}),
    lambda: f(1, 2, 3, 4, 5, d=1, e=2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
