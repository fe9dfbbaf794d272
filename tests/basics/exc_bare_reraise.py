# Bare `raise` re-raising the exception currently being handled: in nested
# handlers (after an inner handler finished, the outer exception is current
# again), from a helper function called in a handler, in finally, after a
# caught exception inside the handler, and with no active exception.
import sys


def show(label, e):
    print(label, type(e).__name__, e, "| context:", repr(e.__context__))


# nested: inner handler finished, bare raise re-raises the outer one
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
except Exception as e:
    show("1", e)

# inside the inner handler bare raise re-raises the inner one
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            raise
except Exception as e:
    show("2", e)


# a helper called from the handler re-raises the active exception
def reraise_current():
    raise


try:
    try:
        raise IndexError("helper")
    except IndexError:
        reraise_current()
except IndexError as e:
    show("3", e)

# bare raise with nothing active
try:
    reraise_current()
except RuntimeError as e:
    show("4", e)

# re-raise after the exception variable was rebound
try:
    try:
        raise TypeError("kept")
    except TypeError as err:
        err = None
        raise
except TypeError as e:
    show("5", e)


# a finally block entered by a propagating exception sees it in
# sys.exc_info()
def finally_info():
    try:
        raise ZeroDivisionError("in try")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)


try:
    finally_info()
except ZeroDivisionError as e:
    show("6", e)


# re-raise from a loop in a handler with several tries
def retry(times):
    attempts = []
    for i in range(times):
        try:
            try:
                raise ConnectionError(f"attempt {i}")
            except ConnectionError as ce:
                attempts.append(str(ce))
                if i == times - 1:
                    raise
        except ConnectionError:
            attempts.append("gave up")
    return attempts


print(retry(3))


# a generator that re-raises while closed / thrown into
def careful():
    try:
        yield 1
    except ValueError:
        print("generator handling, re-raising")
        raise


g = careful()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    show("7", e)

# handler of handler of handler, raising the middle one
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            try:
                raise KeyError("c")
            except KeyError:
                pass
            raise
except TypeError as e:
    show("8", e)

# after a handler is fully done nothing is active
try:
    raise ValueError("done")
except ValueError:
    pass
print("active after handler:", sys.exc_info())
try:
    raise
except RuntimeError as e:
    show("9", e)


# re-raise keeps the identity of the object
original = OSError("identity")
try:
    try:
        raise original
    except OSError:
        raise
except OSError as e:
    print("same object:", e is original)
