# __call__: callable instances with state, callable() for classes and
# instances, __call__ looked up on the type (not the instance), callable
# objects used as key functions and decorators, class-based decorators
# with and without arguments, functools.wraps/update_wrapper on them.
import functools


class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return (self.n + x + sum(more)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(0, scale=10), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(len), callable("s"))
print(list(map(Adder(100), [1, 2])), sorted([3, 1, 2], key=Adder(-10)))

add5.__call__ = lambda x: "instance attribute ignored"
print(add5(1))


class Countcalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)


@Countcalls
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("a"), greet("b"), greet.count, greet.__name__, greet.__doc__, greet.__wrapped__("c"))


class Repeat:
    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(self.times)]
        return wrapper


@Repeat(3)
def ping(x):
    return "ping" + str(x)


print(ping(1), ping.__name__)


class Method:
    @Countcalls
    def m(self):
        return "m"


try:
    Method().m()
except TypeError as e:
    print(type(e).__name__, e)
print(Method.m(Method()))

try:
    object()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Adder(1)()
except TypeError as e:
    print(type(e).__name__, e)


class CallReturnsSelf:
    def __call__(self):
        return self


x = CallReturnsSelf()
print(x()()() is x)


class Meta(type):
    def __call__(cls, *args):
        return f"constructing {cls.__name__}{args}"


class Made(metaclass=Meta):
    def __call__(self):
        return "instance call"


print(Made(1, 2), callable(Made))
print(type.__call__(Made)())
