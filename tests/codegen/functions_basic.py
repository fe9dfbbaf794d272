# Functions: parameters of every kind, defaults, closures, nonlocal, recursion.
def add(a, b=2, *args, c, d=4, **kw):
    return a + b + sum(args) + c + d + sum(kw.values())
print(add(1, c=3), add(1, 2, 3, 4, c=5, d=6, e=7))
def posonly(a, b, /, c):
    return (a, b, c)
print(posonly(1, 2, c=3), posonly(1, 2, 3))
def outer():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    inc()
    inc(5)
    return inc, count
fn, value = outer()
print(value, fn(), fn.__name__, fn.__qualname__, fn.__code__.co_name)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
def make_adders():
    adders = []
    for i in range(3):
        def adder(x, i=i):
            return x + i
        adders.append(adder)
    return adders
print([a(10) for a in make_adders()])
def noreturn():
    pass
print(noreturn())
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
def defaults_mutated(x=[]):
    x.append(1)
    return len(x)
print(defaults_mutated(), defaults_mutated())
print(add.__defaults__, add.__kwdefaults__, posonly.__code__.co_posonlyargcount)
import inspect
print(inspect.signature(add))
def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated.__annotations__, annotated(1))
lam = lambda x, y=3: x * y
print(lam(2), lam(2, 4), lam.__name__)
def deep():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(deep())
def gen_user():
    return sorted([3, 1, 2], key=lambda v: -v)
print(gen_user())
