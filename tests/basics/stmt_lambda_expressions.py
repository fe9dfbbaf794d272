# lambda expressions used inside expressions: immediately invoked, default
# arguments capturing values vs. late-binding closures in loops, *args/
# **kwargs/keyword-only parameters, nested lambdas (currying), lambdas as
# sort keys/dict values/conditional results, recursion through a name,
# attributes (__name__, __qualname__, __defaults__), and errors.
print((lambda: "called")(), (lambda x, y=2: x * y)(5), (lambda *a, **k: (a, sorted(k)))(1, 2, z=3, a=4))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3), (lambda a, b=[]: b)(0) is (lambda a, b=[]: b)(0))
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
adders = {}
for n in (1, 10):
    adders[n] = lambda x, n=n: x + n
print(adders[1](5), adders[10](5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), list(map(compose(str, abs), [-1, 2, -3])))
people = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), max(people, key=lambda p: len(p[0])), min(people, key=lambda p: -p[1]))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "**": lambda a, b: a ** b}
print({k: f(2, 5) for k, f in ops.items()})
pick = (lambda: "yes") if len(people) > 2 else (lambda: "no")
print(pick(), (lambda: 1 if True else 2)(), (lambda x: (yield x)) if False else "no generator lambda")
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact.__name__, fact.__qualname__, (lambda q=3, *, r=4: 0).__defaults__, (lambda q=3, *, r=4: 0).__kwdefaults__)


def outer():
    factor = 3
    return lambda x: x * factor


f = outer()
print(f(7), f.__qualname__, f.__code__.co_freevars, f.__closure__[0].cell_contents)
gen_lambda = lambda: (yield 1)
print(list(gen_lambda()), type(gen_lambda()).__name__)
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
print(list(filter(lambda s: s and s[0].isupper(), ["Abc", "", "def", "Ghi"])), (lambda: None)())
print((lambda x: x)(lambda y: y * 3)(4), (lambda *args: len(args))(*range(7)), (lambda **kw: kw)(a=1))
for label, thunk in (("missing arg", lambda: (lambda x: x)()), ("extra arg", lambda: (lambda: 0)(1)),
                     ("bad kw", lambda: (lambda x: x)(y=1)), ("pos-only as kw", lambda: (lambda x, /: x)(x=1)),
                     ("kw-only positional", lambda: (lambda *, k: k)(1)), ("error inside", lambda: (lambda: 1 / 0)())):
    try:
        print(label, thunk())
    except (TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)
