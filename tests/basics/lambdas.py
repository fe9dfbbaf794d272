# Lambdas: as sort keys, default-argument capture, closures, immediately
# called, nested, in data structures, with all parameter kinds.
people = [("ann", 31), ("bob", 25), ("cid", 35)]
print(sorted(people, key=lambda p: p[1]), max(people, key=lambda p: p[0]))
adders = [lambda x, i=i: x + i for i in range(3)]
print([add(10) for add in adders])
late = [lambda x: x + i for i in range(3)]
print([add(10) for add in late])
make = lambda n: lambda x: x * n  # noqa: E731
double = make(2)
print(double(21), (lambda: "immediate")(), (lambda *a, **k: (a, k))(1, b=2))
everything = lambda a, b=2, /, c=3, *args, d, e=5, **kw: (a, b, c, args, d, e, kw)  # noqa: E731
print(everything(1, d=4), everything(1, 2, 3, 4, d=6, z=7))
table = {"sq": lambda v: v * v, "neg": lambda v: -v}
print(table["sq"](7), table["neg"](7), list(map(lambda c: c.upper(), "abc")))
print((lambda: None).__name__, (lambda: 0).__code__.co_name, list(filter(lambda v: v % 3 == 0, range(10))))
