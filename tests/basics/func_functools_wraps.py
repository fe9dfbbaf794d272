# functools.wraps / update_wrapper: copied attributes (__name__, __qualname__,
# __doc__, __module__, __annotations__, __dict__ merge), __wrapped__ chains,
# inspect.unwrap, custom assigned/updated tuples, and a wrapper without wraps
# for comparison.
import functools
import inspect


def plain_decorator(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def wrapping_decorator(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@plain_decorator
def first(x: int) -> int:
    """First doc."""
    return x + 1


@wrapping_decorator
def second(x: int, y: str = "s") -> str:
    """Second doc."""
    return f"{x}{y}"


second.extra = "kept?"
print(first.__name__, first.__qualname__, first.__doc__, first.__annotations__)
print(second.__name__, second.__qualname__, second.__doc__, second.__annotations__)
print(second(1), second(2, "t"), second.calls, second.__module__)
print(hasattr(first, "__wrapped__"), second.__wrapped__.__name__, second.__wrapped__(5))
print(inspect.signature(first), inspect.signature(second))


def tagged(fn):
    fn.tag = "original tag"
    return fn


@wrapping_decorator
@wrapping_decorator
@tagged
def layered(v):
    return v * 2


print(layered(4), layered.tag, layered.calls, layered.__wrapped__.calls)
print(layered.__wrapped__.__wrapped__.__name__, inspect.unwrap(layered) is layered.__wrapped__.__wrapped__)
print(sorted(layered.__dict__))


def custom(fn):
    def wrapper():
        return fn()
    return functools.update_wrapper(wrapper, fn, assigned=("__doc__",), updated=())


def target():
    """target doc"""
    return "target result"


target.marker = 1
w = custom(target)
print(w.__name__, w.__doc__, hasattr(w, "marker"), w.__wrapped__ is target, w())


class CallableWrapper:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)

    def __call__(self, *args):
        return ("class wrapper", self.__wrapped__(*args))


@CallableWrapper
def via_class(a, b):
    """via class doc"""
    return a - b


print(via_class(5, 3), via_class.__name__, via_class.__doc__, type(via_class).__name__)


def no_name():
    pass


obj = functools.partial(no_name)


def wrap_partial():
    def wrapper():
        pass
    return functools.update_wrapper(wrapper, obj)


wp = wrap_partial()
print(wp.__name__, wp.__wrapped__ is obj)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
