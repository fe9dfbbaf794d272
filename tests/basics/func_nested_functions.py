# Nested functions: definitions executed each call (new function objects),
# inner functions visible only locally, three levels of nesting reading
# variables from each enclosing level, recursion of a nested function by
# its own name, nested functions shadowing globals, nested classes in
# functions, and default values referencing enclosing locals.
def outer(tag):
    def inner():
        return "inner of " + tag
    return inner


a1, a2 = outer("a"), outer("a")
print(a1(), a1 is a2, a1.__code__ is a2.__code__, a1.__qualname__)
try:
    inner()
except NameError as e:
    print(type(e).__name__, e)


def level1(x):
    def level2(y):
        def level3(z):
            return f"x={x} y={y} z={z}"
        return level3
    return level2


print(level1(1)(2)(3), level1("a")("b").__qualname__)


def fact_wrapper(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n), fact.__code__.co_freevars


print(fact_wrapper(10))

len = lambda obj: "shadowed global len"


def uses_shadow():
    def len(obj):
        return "local len " + str(obj)
    return len([1, 2])


print(uses_shadow(), len([1]))
del len
print(len([1, 2, 3]))


def make_class(base_value):
    class Local:
        value = base_value

        def get(self):
            return self.value * 2

        def closure_get(self):
            return base_value
    return Local


K1, K2 = make_class(1), make_class(10)
print(K1().get(), K2().get(), K1 is K2, K1.__qualname__, K2().closure_get())


def default_from_enclosing():
    limit = 3

    def bounded(v, limit=limit):
        return min(v, limit)
    limit = 100
    return bounded(50), bounded(50, limit)


print(default_from_enclosing())


def conditional_def(flag):
    if flag:
        def chosen():
            return "first definition"
    else:
        def chosen():
            return "second definition"
    return chosen()


print(conditional_def(True), conditional_def(False))


def redefine():
    results = []

    def f():
        return 1
    results.append(f())

    def f():
        return 2
    results.append(f())
    return results


print(redefine())


def generator_of_functions(n):
    for i in range(n):
        def power(x, i=i):
            return x ** i
        yield power


print([p(2) for p in generator_of_functions(5)])


def nested_with_star(*outer_args, **outer_kw):
    def inner(*args, **kw):
        return outer_args + args, {**outer_kw, **kw}
    return inner


print(nested_with_star(1, a=1)(2, b=2))


def counter_factory():
    calls = 0

    def call():
        nonlocal calls
        calls += 1

        def report():
            return f"call #{calls}"
        return report
    return call


c = counter_factory()
r1 = c()
r2 = c()
print(r1(), r2(), r1.__qualname__)


def nested_lambda_in_def(n):
    return [(lambda m: (lambda: n + m))(k)() for k in range(3)]


print(nested_lambda_in_def(10))
