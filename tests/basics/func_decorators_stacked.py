# Stacked decorators: application order (bottom first) versus call order
# (outermost wrapper runs first), decorators that record call traces,
# stacking with staticmethod/classmethod/property, wraps preserving the
# name through several layers, and the same decorator applied twice.
import functools

trace = []


def tag(label):
    def decorator(fn):
        trace.append(f"decorate {label} around {fn.__name__}")

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            trace.append(f"enter {label}")
            try:
                return f"{label}[{fn(*args, **kwargs)}]"
            finally:
                trace.append(f"exit {label}")
        return wrapper
    return decorator


@tag("A")
@tag("B")
@tag("C")
def core(x):
    trace.append("core runs")
    return x


print(trace)
trace.clear()
print(core(1))
print(trace)
print(core.__name__, core.__wrapped__.__wrapped__.__wrapped__.__name__)


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.count += 1
        return fn(*args)
    wrapper.count = 0
    return wrapper


@counted
@counted
def twice(x):
    return x * 2


twice(1)
twice(2)
print(twice.count, twice.__wrapped__.count, twice(3))


def uppercase(fn):
    return lambda *a: fn(*a).upper()


def exclaim(fn):
    return lambda *a: fn(*a) + "!"


@uppercase
@exclaim
def greet_a(name):
    return "hi " + name


@exclaim
@uppercase
def greet_b(name):
    return "hi " + name


print(greet_a("bo"), greet_b("bo"))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        trace.append("logged " + fn.__qualname__)
        return fn(*args)
    return wrapper


class Service:
    base = 10

    @staticmethod
    @logged
    def static_op(x):
        return x + 1

    @classmethod
    @logged
    def class_op(cls, x):
        return cls.base + x

    @property
    @logged
    def prop(self):
        return "property value"


trace.clear()
s = Service()
print(Service.static_op(1), s.static_op(2), Service.class_op(3), s.prop)
print(trace)
try:
    class Broken:
        @logged
        @staticmethod
        def op(x):
            return x

    print("staticmethod under wrapper callable:", Broken.op(5))
except TypeError as e:
    print(type(e).__name__, e)


def retry(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args)
                except ValueError as e:
                    trace.append(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return decorator


state = {"n": 0}


@retry(3)
@tag("inner")
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok on " + str(state["n"])


trace.clear()
print(flaky(), trace)
state["n"] = -10
try:
    flaky()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)
