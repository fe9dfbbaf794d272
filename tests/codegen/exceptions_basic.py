# try/except/else/finally, raise, raise from, re-raise, exception context.
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e, type(e).__name__)
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print("tuple caught", repr(e))
else:
    print("not here")
finally:
    print("finally 1")
try:
    pass
except Exception:
    print("never")
else:
    print("else runs")
finally:
    print("finally 2")
def f():
    try:
        return "from try"
    finally:
        print("finally in f")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", repr(e))
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(repr(e), repr(e.__context__))
import sys
try:
    raise IndexError(3)
except IndexError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def h():
    try:
        raise TypeError("in h")
    except TypeError as e:
        return e
r = h()
print(repr(r), r.__traceback__ is not None)
try:
    raise StopIteration
except Exception as e:
    print(type(e))
class_error = None
try:
    raise 42
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    finally:
        print("cleanup")
except ValueError:
    print("outer caught")
