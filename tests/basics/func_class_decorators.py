# Classes used as decorators of functions (instances with __call__, with and
# without arguments), decorator classes that need __get__ to work on
# methods, and decorators applied to classes that wrap their methods.
import functools


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def add(a, b):
    """adds"""
    return a + b


print(add(1, 2), add(3, 4), add.calls, type(add).__name__, add.__name__, add.__doc__)


class Prefix:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, fn):
        def wrapper(*args):
            return self.prefix + str(fn(*args))
        return wrapper


@Prefix(">> ")
def value(x):
    return x * 3


print(value(4))


class Method:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args):
        return ("called", self.fn(*args))

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return functools.partial(self, instance)


class NoGet:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args):
        return self.fn(*args)


class Thing:
    def __init__(self, n):
        self.n = n

    @Method
    def show(self, extra):
        return self.n + extra

    @NoGet
    def broken(self):
        return self.n


t = Thing(5)
print(t.show(1), Thing.show(t, 2), type(Thing.__dict__["show"]).__name__)
try:
    t.broken()
except TypeError as e:
    print(type(e).__name__, e)
print(Thing.broken(t), "works when self is passed explicitly")


def trace_methods(cls):
    for name, attr in list(vars(cls).items()):
        if callable(attr) and not name.startswith("__"):
            def make(name, fn):
                @functools.wraps(fn)
                def wrapper(*args, **kwargs):
                    return f"{name}: {fn(*args, **kwargs)}"
                return wrapper
            setattr(cls, name, make(name, attr))
    cls.traced = True
    return cls


@trace_methods
class Calc:
    def double(self, x):
        return x * 2

    def square(self, x):
        return x * x


c = Calc()
print(c.double(4), c.square(5), Calc.traced, Calc.double.__name__)


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, name):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, Config.__name__, type(Config).__name__)


class Memo(dict):
    def __init__(self, fn):
        self.fn = fn

    def __missing__(self, key):
        self[key] = result = self.fn(key)
        return result

    def __call__(self, key):
        return self[key]


@Memo
def slow_square(n):
    return n * n


print(slow_square(4), slow_square(5), sorted(slow_square.items()), callable(slow_square))


class Stateful:
    def __init__(self, *, start):
        self.start = start

    def __call__(self, fn):
        start = self.start

        def counter():
            nonlocal start
            start += 1
            return fn(start)
        return counter


@Stateful(start=100)
def show_tick(n):
    return f"tick {n}"


print(show_tick(), show_tick(), show_tick())
