# Raising and catching: built-in and user-style exceptions, except with a
# tuple, `as` names unbound after the handler, else and finally, bare raise,
# exception args and str/repr, nested handlers, errors inside handlers.
def risky(kind):
    if kind == 0:
        return "fine"
    if kind == 1:
        raise ValueError("bad value", 42)
    if kind == 2:
        return {}["missing"]
    if kind == 3:
        return [][1]
    if kind == 4:
        return 1 / 0
    if kind == 5:
        return int("nope")
    if kind == 6:
        return undefined_name
    if kind == 7:
        return None.attribute
    raise RuntimeError


for kind in range(9):
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print(kind, "lookup error", type(e).__name__, repr(e), e.args)
    except ZeroDivisionError as e:
        print(kind, "zero division:", e)
    except ValueError as e:
        print(kind, "value error:", e, e.args, str(e))
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
    else:
        print(kind, "no error:", result)
    finally:
        print(kind, "finally")

try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    err
except NameError as e:
    print("as-name unbound:", e)


def reraise():
    try:
        raise TypeError("original")
    except TypeError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except TypeError as e:
    print("re-raised:", e)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("from handler")
except KeyError as e:
    print("outer caught", repr(e), "context:", repr(e.__context__))

try:
    try:
        raise OSError(2, "No such file", "x.txt")
    finally:
        print("inner finally")
except OSError as e:
    print("OSError", e.errno, e.strerror, e.filename, e)

e = Exception("a", "b")
print(str(e), repr(e), str(Exception()), repr(Exception()), str(Exception("one")))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
caught = []
for exc in (ValueError, TypeError, KeyError, StopIteration, GeneratorExit):
    try:
        raise exc
    except BaseException as e:
        caught.append(type(e).__name__)
print(caught)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
