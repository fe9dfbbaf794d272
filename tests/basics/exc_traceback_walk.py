# Walking __traceback__: tb_next chains, tb_lineno and
# tb_frame.f_code.co_name for each level (module, functions, methods,
# lambdas, generators, comprehensions), tracebacks growing while an
# exception propagates, with_traceback, and traceback of re-raised errors.
import sys


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    print(walk(e.__traceback__))
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_frame is sys._getframe())


class Thing:
    def method(self):
        return self.helper()

    def helper(self):
        return {}["missing"]

    @property
    def prop(self):
        return 1 / 0


try:
    Thing().method()
except KeyError as e:
    print(walk(e.__traceback__))

try:
    Thing().prop
except ZeroDivisionError as e:
    print(walk(e.__traceback__))

fail = lambda x: x.nothing
try:
    fail(3)
except AttributeError as e:
    print(walk(e.__traceback__))


def gen():
    yield 1
    raise RuntimeError("from generator")


try:
    for item in gen():
        pass
except RuntimeError as e:
    print(walk(e.__traceback__))

try:
    [1 // (3 - x) for x in range(5)]
except ZeroDivisionError as e:
    print(walk(e.__traceback__))


# the traceback grows as the exception passes through each handler-less frame
def catch_and_report(depth):
    try:
        if depth == 0:
            raise KeyError(depth)
        catch_and_report(depth - 1)
    except KeyError as e:
        print("depth", depth, "sees", len(walk(e.__traceback__)), "entries")
        raise


try:
    catch_and_report(3)
except KeyError as e:
    print("module sees", [line for name, line in walk(e.__traceback__)])

# re-raising with bare raise keeps the original entries and adds the new line
def reraiser():
    try:
        inner()
    except ValueError:
        raise


try:
    reraiser()
except ValueError as e:
    print(walk(e.__traceback__))

# raise e again from another place: traceback accumulates
saved = None
try:
    inner()
except ValueError as e:
    saved = e
print("saved", walk(saved.__traceback__))
try:
    raise saved
except ValueError as e:
    print("raised again", walk(e.__traceback__))

# with_traceback replaces the traceback before raising
try:
    raise TypeError("fresh").with_traceback(saved.__traceback__)
except TypeError as e:
    print("with_traceback", walk(e.__traceback__))

# clearing the traceback
err = ValueError("cleared")
try:
    raise err
except ValueError:
    pass
print(err.__traceback__ is not None)
err.__traceback__ = None
print(err.__traceback__)
try:
    err.__traceback__ = "no"
except TypeError as e:
    print(type(e).__name__, e)

# a freshly created exception has no traceback
print(ValueError("new").__traceback__)
# f_lineno of the frame of the handler vs tb_lineno
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_filename == __file__)
    print(tb.tb_next.tb_next.tb_frame.f_locals == {})
