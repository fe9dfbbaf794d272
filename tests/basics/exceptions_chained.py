# Exception chaining: implicit __context__, explicit `raise ... from`,
# `from None` suppressing the context, chains several levels deep, and the
# attributes seen from the handler.
def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        nxt = e.__cause__ if e.__cause__ is not None else e.__context__
        if e.__suppress_context__ and e.__cause__ is None:
            parts.append("<suppressed>")
            break
        e = nxt
    return " <- ".join(parts)


try:
    try:
        1 / 0
    except ZeroDivisionError as zero:
        raise ValueError("converted") from zero
except ValueError as e:
    print(describe(e))
    print(e.__cause__ is e.__context__, e.__suppress_context__)

try:
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(describe(e))
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        raise TypeError("hidden")
    except TypeError:
        raise LookupError("clean") from None
except LookupError as e:
    print(describe(e))
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def level(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        level(n - 1)
    except Exception as inner:
        raise ValueError(f"level {n}") from inner


try:
    level(3)
except ValueError as e:
    print(describe(e))

try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs while ValueError propagates")
except ValueError as e:
    print("context of first:", e.__context__)

try:
    try:
        raise IndexError("a")
    except IndexError:
        try:
            raise KeyError("b")
        except KeyError:
            raise TypeError("c")
except TypeError as e:
    print(describe(e))

cause = OSError("explicit cause")
try:
    raise RuntimeError("with cause object") from cause
except RuntimeError as e:
    print(e.__cause__ is cause, describe(e))
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)
