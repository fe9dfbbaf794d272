# Lambdas: default arguments (evaluated once, capturing loop values), all
# parameter kinds in a lambda, lambdas returning lambdas, immediately
# invoked lambdas, lambdas in data structures, conditional expressions and
# walrus inside lambdas, and lambda names/qualnames.
adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders], [f(10, n=0) for f in adders])

counter = [0]
noisy_default = lambda v=counter.append(1) or len(counter): v
print(noisy_default(), noisy_default(), counter)

full = lambda a, /, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(full(1, c=3), full(1, 9, 8, 7, c=3, e=5))
print(full.__defaults__, full.__kwdefaults__, full.__code__.co_posonlyargcount)
try:
    full(a=1, c=2)
except TypeError as e:
    print(type(e).__name__, e)

curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3), curry.__qualname__, curry(1).__qualname__)
print((lambda *args: sum(args))(1, 2, 3), (lambda: "iife")())
print((lambda **kw: sorted(kw.items()))(z=1, a=2))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "max": lambda *xs: max(xs),
}
print(ops["+"](2, 3), ops["-"](2, 3), ops["max"](4, 9, 1))
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 5)])
walrus = lambda xs: [y for x in xs if (y := x * 2) > 4]
print(walrus([1, 2, 3, 4]))

x = "global x"
shadow = lambda x="default x": x
print(shadow(), shadow("passed"), (lambda: x)())


def make_multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)]


print([m(5) for m in make_multipliers()])
key_fn = lambda pair: (-pair[1], pair[0])
print(sorted({"b": 2, "a": 2, "c": 3}.items(), key=key_fn))
mutable_default = lambda item, acc=[]: acc.append(item) or acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
print((lambda: (yield))().__class__.__name__, list((lambda: (yield 1))()))
nested_default = lambda f=lambda: "inner default": f()
print(nested_default(), nested_default(lambda: "override"))
print((lambda: None).__name__, (lambda: None).__doc__, (lambda a, b=1: 0).__code__.co_argcount)
try:
    (lambda a: a)()
except TypeError as e:
    print(type(e).__name__, e)
