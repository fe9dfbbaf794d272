# Generator expressions and comprehensions inside class bodies: the
# outermost iterable is evaluated in the class scope (class attributes are
# usable there), but the element expression, conditions and inner loops
# cannot see class attributes (NameError), they see module globals instead;
# lambdas and nested functions in the class body behave the same way.
scale = "global scale"


class Config:
    names = ["a", "b", "c"]
    scale = 10
    upper = [n.upper() for n in names]
    lengths = list(len(n) for n in names)
    pairs = {n: i for i, n in enumerate(names)}
    first_iterable_ok = list(x * 2 for x in range(scale))
    sees_global = [scale for _ in range(1)]
    try:
        bad = list(x * scale for x in range(2))
    except TypeError as e:
        bad = f"{type(e).__name__}: {e}"
    try:
        hidden = [x for x in names if x in names]
    except NameError as e:
        hidden = f"{type(e).__name__}: {e}"
    try:
        inner_loop = [(x, y) for x in range(2) for y in names]
    except NameError as e:
        inner_loop = f"{type(e).__name__}: {e}"
    gen = (n * 2 for n in names)


print(Config.upper, Config.lengths, Config.pairs)
print(Config.first_iterable_ok)
print(Config.sees_global)
print(Config.bad)
print(Config.hidden)
print(Config.inner_loop)
print(list(Config.gen), list(Config.gen))


class Lazy:
    items = [1, 2, 3]
    factor = 5
    gen = (i * factor for i in items)


try:
    print(list(Lazy.gen))
except NameError as e:
    print("deferred NameError:", type(e).__name__, e)

factor = 3


class LazyAgain:
    items = [1, 2]
    factor = 1000
    gen = (i * factor for i in items)


print("global factor used:", list(LazyAgain.gen))


class WithLambda:
    base = 7
    get_base = staticmethod(lambda: base)
    uses_default = staticmethod(lambda b=base: b)


try:
    WithLambda.get_base()
except NameError as e:
    print(type(e).__name__, e)
print(WithLambda.uses_default())


def factory():
    local_value = "function local"

    class Inner:
        values = [local_value for _ in range(2)]
        gen = (local_value + str(i) for i in range(2))
    return Inner


Inner = factory()
print(Inner.values, list(Inner.gen))


class Matrix:
    size = 3
    rows = [[r * 10 + c for c in range(3)] for r in range(size)]
    identity = [[int(r == c) for c in range(3)] for r in range(size)]


print(Matrix.rows, Matrix.identity)


class Shadowing:
    x = "class x"
    result = [x for x in ("comprehension x",)]
    after = x


print(Shadowing.result, Shadowing.after)


class Uses:
    data = {"k": 1, "j": 2}
    keys = sorted(k for k in data)
    total = sum(data[k] for k in ("k",)) if False else "skipped"
    try:
        total = sum(data[k] for k in ("k",))
    except NameError as e:
        total = f"{type(e).__name__}: {e}"


print(Uses.keys, Uses.total)
