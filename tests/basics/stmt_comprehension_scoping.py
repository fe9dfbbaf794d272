# Comprehension scoping: loop variables do not leak, outer names with the
# same name are untouched, comprehensions see enclosing function locals
# (closures) and globals, class-body comprehensions cannot see class
# variables except in the first iterable, lambdas in comprehensions capture
# the final value, nested comprehension variable shadowing, and
# comprehensions inside methods.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = "global i"
evens = {i for i in range(6) if i % 2 == 0}
mapping = {i: i for i in range(2)}
gen = list(i for i in range(2))
print(evens, mapping, gen, i)


def func():
    y = 10
    result = [y + n for n in range(3)]
    try:
        n
    except NameError as e:
        result.append(f"{type(e).__name__}: {e}")
    return result


print(func())


class Config:
    base = 10
    names = ["a", "b"]
    first_iterable_ok = [n * 2 for n in names]
    pairs = [(n, k) for n in names for k in range(2)]
    try:
        broken = [base + k for k in range(2)]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"
    nested_ok = [[c for c in n] for n in names]
    via_lambda = (lambda base=base: [base + k for k in range(2)])()


print(Config.first_iterable_ok, Config.pairs, Config.error, Config.nested_ok, Config.via_lambda)
print(hasattr(Config, "n"), hasattr(Config, "k"), "broken" in vars(Config))


class Outer:
    value = 5

    def method(self):
        value = "local in method"
        return [value for _ in range(1)], [self.value + k for k in range(2)]


print(Outer().method())
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs = [(lambda k=k: k) for k in range(3)]
print([f() for f in funcs])
shadow = [[k for k in range(k)] for k in range(4)]
print(shadow)
k = "module k"
print([k for k in "ab"], k, [[k, j] for j in range(1)])


def closure_in_comprehension():
    total = 100
    adders = [lambda v, t=t: v + t + total for t in range(2)]
    total = 200
    return [add(1) for add in adders]


print(closure_in_comprehension())


def uses_outer_loop_var():
    results = []
    for outer in range(2):
        results.append([outer * 10 + inner for inner in range(2)])
    return results, outer


print(uses_outer_loop_var())


def generator_scope():
    data = [1, 2, 3]
    g = (v * factor for v in data)
    factor = 10
    data = ["replaced"]
    return list(g)


print(generator_scope())
print([__name__ for _ in range(1)], [len(str(v)) for v in (1, 22, 333)], {dir().__len__() > 0 for _ in "a"})
