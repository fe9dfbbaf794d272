# contextlib.suppress: suppressing listed exception types (and subclasses),
# letting others through, several types, no types at all, statements after
# the raising one skipped, nesting, reuse of one suppress object, its
# interaction with return/finally, and ExitStack combining suppress with
# callbacks run in reverse order.
import contextlib
import os

log = []
with contextlib.suppress(KeyError):
    log.append("before")
    {}["missing"]
    log.append("never")
log.append("after")
print(log)

with contextlib.suppress(LookupError):
    [][0]
print("IndexError suppressed via LookupError")

with contextlib.suppress(ValueError, ZeroDivisionError):
    1 / 0
with contextlib.suppress(ValueError, ZeroDivisionError):
    int("x")
print("both suppressed")

try:
    with contextlib.suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("escaped:", e)

try:
    with contextlib.suppress():
        raise ValueError("no types given")
except ValueError as e:
    print("escaped with empty suppress:", e)

with contextlib.suppress(FileNotFoundError):
    os.remove("no_such_file_here.tmp")
print("remove of missing file suppressed")

with contextlib.suppress(Exception):
    with contextlib.suppress(KeyError):
        raise IndexError("inner passes, outer catches")
    print("not reached")
print("nested ok")

shared = contextlib.suppress(OSError)
for name in ("a.missing", "b.missing"):
    with shared:
        open(name)
    print("reused for", name)


def returns_inside():
    with contextlib.suppress(ValueError):
        return int("5")
    return "fallthrough"


def raises_inside():
    with contextlib.suppress(ValueError):
        return int("five")
    return "fallthrough after suppressed"


print(returns_inside(), raises_inside())


def with_finally():
    events = []
    try:
        with contextlib.suppress(RuntimeError):
            try:
                raise RuntimeError("x")
            finally:
                events.append("inner finally")
        events.append("after with")
    finally:
        events.append("outer finally")
    return events


print(with_finally())

# BaseException subclasses need to be listed explicitly
try:
    with contextlib.suppress(Exception):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt not suppressed by Exception")
with contextlib.suppress(BaseException):
    raise SystemExit(9)
print("SystemExit suppressed by BaseException")

# suppress in a loop: continue with the next item
results = []
for text in ["1", "two", "3", "", "5"]:
    with contextlib.suppress(ValueError):
        results.append(int(text))
print(results)

# ExitStack
order = []
with contextlib.ExitStack() as stack:
    stack.callback(order.append, "first registered")
    stack.enter_context(contextlib.suppress(ZeroDivisionError))
    stack.callback(order.append, "second registered")
    order.append("body")
    1 / 0
print(order)

# the suppress context manager's return value from __exit__
s = contextlib.suppress(KeyError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(KeyError, KeyError("k"), None),
      s.__exit__(ValueError, ValueError(), None))


# contextmanager-based handler that converts exceptions
@contextlib.contextmanager
def converting():
    try:
        yield "resource"
    except KeyError as e:
        raise LookupError(f"converted {e}") from e
    finally:
        print("converting cleanup")


try:
    with converting() as r:
        print("using", r)
        {}["k"]
except LookupError as e:
    print(e, "cause:", repr(e.__cause__))
