# An exception raised inside a decorated function propagates through the
# wrapper frames of two stacked decorators; caught once (printing the
# frame names of its traceback), then left uncaught so the traceback shows
# the wrappers and the original function with carets.
import functools


def validate(fn):
    @functools.wraps(fn)
    def check(*args):
        if any(a < 0 for a in args):
            raise ValueError(f"negative argument to {fn.__name__}: {args}")
        return fn(*args)
    return check


def logged(fn):
    @functools.wraps(fn)
    def log(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return log


@logged
@validate
def ratio(a, b):
    return a / b


print(ratio(6, 3))
try:
    ratio(1, -1)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(type(e).__name__, e, names)
try:
    ratio(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(ratio(0, 0))
