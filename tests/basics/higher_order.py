# Functions as values: passed, returned, stored in lists and dicts,
# decorators written as plain functions, function attributes, recursion via
# a name looked up at call time.
def twice(fn, value):
    return fn(fn(value))


def add_three(x):
    return x + 3


def compose(f, g):
    def composed(x):
        return f(g(x))
    return composed


def tracing(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper


@tracing
def multiply(a, b=2):
    return a * b


print(twice(add_three, 10), compose(add_three, abs)(-4), compose(str, add_three)(1))
multiply(3)
multiply(4, b=5)
print(multiply.__name__, multiply.__qualname__)
ops = {"add": add_three, "neg": compose(abs, add_three)}
print(ops["add"](1), ops["neg"](-10))
table = [add_three, abs, str]
results = []
for fn in table:
    results.append(fn(-1))
print(results)
add_three.note = "attribute"
print(add_three.note, sorted(add_three.__dict__))


def apply_all(functions, value):
    out = []
    for f in functions:
        value = f(value)
        out.append(value)
    return out


print(apply_all([add_three, add_three, abs, str], -10))


def counter_decorator(fn):
    count = 0

    def inner(*args):
        nonlocal count
        count += 1
        return (count, fn(*args))
    return inner


@counter_decorator
@tracing
def square(n):
    return n * n


print(square(3), square(4))
print(twice.__name__, twice.__code__.co_varnames, type(twice).__name__)
