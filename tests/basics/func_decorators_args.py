# Decorators with and without arguments: a plain decorator, a decorator
# factory, a decorator usable both as @deco and @deco(...), decorators that
# replace the function with a non-function, that register functions, that
# return the function unchanged, and the order in which decorator
# expressions and decorators themselves are evaluated.
import functools

events = []


def plain(fn):
    events.append("plain applied to " + fn.__name__)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return "plain(" + str(fn(*args, **kwargs)) + ")"
    return wrapper


def repeat(times, sep=","):
    events.append(f"repeat factory called with {times}")

    def decorator(fn):
        events.append("repeat applied to " + fn.__name__)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return sep.join(str(fn(*args, **kwargs)) for _ in range(times))
        return wrapper
    return decorator


def flexible(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: flexible(f, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*args):
        return prefix + fn(*args)
    return wrapper


@plain
def hello(name):
    return "hello " + name


@repeat(3)
def ping():
    return "ping"


@repeat(2, sep="|")
def echo(x):
    return x


@flexible
def f1(s):
    return s


@flexible(prefix="#")
def f2(s):
    return s


print(hello("world"), ping(), echo(7), f1("a"), f2("b"))
print(hello.__name__, ping.__name__, f2.__name__)
print(events)

registry = {}


def register(name):
    def decorator(fn):
        registry[name] = fn
        return fn
    return decorator


@register("add")
def add(a, b):
    return a + b


@register("neg")
def neg(a):
    return -a


print(sorted(registry), registry["add"](2, 3), registry["neg"](4), add is registry["add"])


def to_constant(fn):
    return fn()


@to_constant
def computed():
    return [i * i for i in range(4)]


print("replaced by value:", computed, type(computed).__name__)


def returns_none(fn):
    pass


@returns_none
def vanished():
    return 1


print("vanished is", vanished)
try:
    vanished()
except TypeError as e:
    print(type(e).__name__, e)

order = []


def trace(label):
    order.append("evaluate " + label)

    def decorator(fn):
        order.append("apply " + label)
        return fn
    return decorator


@trace("outer")
@trace("middle")
@trace("inner")
def target():
    pass


print(order)
decorators = {"up": lambda fn: lambda: fn().upper()}


@decorators["up"]
def shout():
    return "quiet"


@(lambda fn: lambda *a: fn(*a) * 2)
def doubled(x):
    return x


print(shout(), doubled(21), doubled("ab"))


def bad_factory(fn):
    raise ValueError("decorator failed for " + fn.__name__)


try:
    @bad_factory
    def doomed():
        pass
except ValueError as e:
    print(type(e).__name__, e, "| defined:", "doomed" in globals())
