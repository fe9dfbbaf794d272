# Exception chaining in detail: implicit __context__ from handlers and
# finally blocks, explicit `raise ... from` (cause), `from None`,
# __suppress_context__ set by hand, __cause__ assigned by hand, re-raising
# the same object (no self-loop), and chains walked by a helper.
def chain(e):
    out = []
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        out.append(f"{type(e).__name__}:{e}")
        if e.__cause__ is not None:
            out.append("<cause>")
            e = e.__cause__
        elif e.__context__ is not None and not e.__suppress_context__:
            out.append("<context>")
            e = e.__context__
        else:
            e = None
    return " ".join(out)


def flags(e):
    return (type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)


# implicit context
try:
    try:
        int("nope")
    except ValueError:
        [].pop()
except IndexError as e:
    print(chain(e), flags(e))

# explicit cause also sets context
try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("wrapped") from k
except TypeError as e:
    print(chain(e), flags(e), e.__cause__ is e.__context__)

# cause different from context
other = OSError("unrelated")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("mixed") from other
except RuntimeError as e:
    print(chain(e), flags(e))

# from None
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(chain(e), flags(e))

# from an exception class: instantiated
try:
    raise ValueError("with class cause") from KeyError
except ValueError as e:
    print(chain(e), repr(e.__cause__))

# suppress context manually, then un-suppress
try:
    try:
        raise KeyError("a")
    except KeyError:
        err = LookupError("b")
        err.__suppress_context__ = True
        raise err
except LookupError as e:
    print(chain(e), flags(e))
    e.__suppress_context__ = False
    print(chain(e))
    e.__cause__ = NameError("late cause")
    print(chain(e), e.__suppress_context__)
    e.__cause__ = None
    print(chain(e), e.__suppress_context__)

# context from a finally block
try:
    try:
        raise ValueError("in try")
    finally:
        try:
            raise TypeError("in finally")
        except TypeError as t:
            print("inner context:", repr(t.__context__))
except ValueError as e:
    print("outer:", chain(e))

# re-raising the same exception object in its own handler: no self context
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print("self context?", e.__context__ is e, e.__context__)

# raising an existing exception object while handling another one
saved = KeyError("saved")
try:
    try:
        raise IndexError("current")
    except IndexError:
        raise saved
except KeyError as e:
    print(chain(e))

# context chain through three nested handlers
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise ValueError(2)
        except ValueError:
            try:
                raise ValueError(3)
            except ValueError:
                raise ValueError(4)
except ValueError as e:
    print(chain(e))

# invalid causes
for bad in (5, "text", None.__class__):
    try:
        raise ValueError("x") from bad
    except TypeError as t:
        print("TypeError:", t)
try:
    e = ValueError()
    e.__cause__ = "string"
except TypeError as t:
    print("TypeError:", t)
try:
    e = ValueError()
    e.__context__ = 3
except TypeError as t:
    print("TypeError:", t)
