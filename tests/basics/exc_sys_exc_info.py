# sys.exc_info() and sys.exception() (new in 3.11) outside handlers, inside
# handlers, in nested handlers (restored after the inner one), in functions
# called from handlers, in generators suspended inside a handler, in finally
# blocks, and after a handler exits with return/break.
import sys


def info():
    t, v, tb = sys.exc_info()
    exc = sys.exception()
    assert exc is v
    if t is None:
        return "none"
    return f"{t.__name__}({v}) tb={tb is not None} same={tb is v.__traceback__}"


print("top:", info())
try:
    raise ValueError("a")
except ValueError:
    print("handler:", info())
    try:
        raise KeyError("b")
    except KeyError:
        print("inner:", info())
    print("restored:", info())
print("after:", info())


def called_from_handler():
    return info()


try:
    raise TypeError("called")
except TypeError:
    print("callee:", called_from_handler())


def finally_view():
    try:
        raise OSError("fin")
    finally:
        print("finally during exception:", info())


try:
    finally_view()
except OSError:
    pass

try:
    pass
finally:
    print("finally without exception:", info())


def gen():
    try:
        raise IndexError("gen")
    except IndexError:
        yield info()
        yield info()
    yield info()


g = gen()
print("gen 1:", next(g))
print("between:", info())
try:
    raise ZeroDivisionError("caller")
except ZeroDivisionError:
    print("gen 2 from caller handler:", next(g))
    print("caller after resume:", info())
print("gen 3:", next(g))


def return_from_handler():
    try:
        raise KeyError("ret")
    except KeyError:
        return info()


print("returned:", return_from_handler(), "| now:", info())

for i in range(2):
    try:
        raise LookupError(i)
    except LookupError:
        if i == 0:
            continue
        break
print("after loop:", info())

# an exception in a handler, caught outside: current exception is the new one
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError:
    print("outer handler:", info(), "context:", repr(sys.exception().__context__))


# exc_info in a with block's __exit__
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("__exit__ args:", t.__name__ if t else None, "| exc_info:", info())
        return True


with Watch():
    raise RuntimeError("in with")
with Watch():
    pass

# exc_info inside a handler of a nested function in a lambda
handler_result = []
try:
    raise NotImplementedError("lam")
except NotImplementedError:
    handler_result = list(map(lambda _: info(), range(1)))
print("lambda:", handler_result)
print("end:", info())
