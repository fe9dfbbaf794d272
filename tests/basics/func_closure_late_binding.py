# Late binding of closures: functions created in loops and comprehensions
# see the variable's final value; default-argument capture, factory
# functions and functools.partial bind each value; a closure sees later
# rebinding of the enclosing variable, even after the enclosing function
# has returned.
import functools

late = []
for i in range(3):
    late.append(lambda: i)
print("loop lambdas:", [f() for f in late])
i = 99
print("module-level loop variable rebound:", [f() for f in late])

comp = [lambda: j for j in range(3)]
print("comprehension lambdas:", [f() for f in comp])

bound = [lambda j=j: j for j in range(3)]
print("default capture:", [f() for f in bound], [f(10) for f in bound])


def make(n):
    return lambda: n


print("factory:", [make(k)() for k in range(3)])
parts = [functools.partial(lambda n: n * 10, k) for k in range(3)]
print("partial:", [p() for p in parts])


def inside_function():
    funcs = []
    for x in "abc":
        def show():
            return x
        funcs.append(show)
    first = [f() for f in funcs]
    x = "rebound"
    return first, [f() for f in funcs]


print(inside_function())


def sees_updates():
    value = "initial"

    def reader():
        return value
    snapshots = [reader()]
    value = "updated"
    snapshots.append(reader())
    return reader, snapshots


reader, snaps = sees_updates()
print(snaps, reader())


def while_loop_closures():
    funcs = []
    n = 0
    while n < 3:
        funcs.append(lambda: n * 100)
        n += 1
    return [f() for f in funcs]


print("while loop:", while_loop_closures())


def nested_loops():
    out = []
    for a in range(2):
        for b in range(2):
            out.append(lambda: (a, b))
    return [f() for f in out]


print("nested loops:", nested_loops())

gens = [(lambda: k) for k in range(2)]
genexp_funcs = list(lambda: m for m in range(3))
print([g() for g in gens], [g() for g in genexp_funcs])


def per_iteration_scope():
    result = []
    for q in range(3):
        def capture(q=q):
            def inner():
                return q
            return inner
        result.append(capture())
    return [f() for f in result]


print("per-iteration helper:", per_iteration_scope())

callbacks = {}
for name in ["red", "green"]:
    callbacks[name] = lambda: "clicked " + name
print(callbacks["red"](), callbacks["green"]())
del name
try:
    callbacks["red"]()
except NameError as e:
    print(type(e).__name__, e)
