# with statements: multiple items in one statement (entered left to
# right, exited right to left), parenthesized multi-line form, `as`
# targets that are tuples/attributes/subscripts, __exit__ suppressing
# exceptions by returning True, contextlib.suppress/ExitStack/
# contextmanager, an __enter__ failing (earlier managers still exited),
# and an exception raised inside __exit__. Ends with an uncaught
# exception that propagated out of a with block.
import contextlib
log = []


class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter

    def __enter__(self):
        if self.fail_enter:
            log.append(f"enter {self.name} fails")
            raise RuntimeError(f"cannot enter {self.name}")
        log.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress


with CM("a") as a, CM("b") as b:
    log.append(f"body {a}{b}")
print(log)
log.clear()
with (
    CM("x") as x,
    CM("y", suppress=True),
    CM("z") as z,
):
    raise ValueError("suppressed by y")
print("after suppressed", log)
log.clear()
try:
    with CM("p"), CM("q", fail_enter=True), CM("r"):
        log.append("never")
except RuntimeError as e:
    print(type(e).__name__, e, log)
log.clear()
holder = {}


class Obj:
    pass


obj = Obj()
with CM("t") as (first, *rest), CM("u") as holder["key"], CM("v") as obj.attr:
    pass
print(first, rest, holder, obj.attr)
log.clear()


class RaisesInExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError("from __exit__")


try:
    with RaisesInExit():
        raise ValueError("original")
except KeyError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppress worked")


@contextlib.contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")


with tag("outer") as o, tag("inner") as i:
    log.append(f"content {o}/{i}")
    raise ValueError("caught by inner")
print(log)
log.clear()
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "mn"]
    stack.callback(log.append, "callback ran")
    log.append(f"names {names}")
print(log)
log.clear()


def returns_inside():
    with CM("ret"):
        return "returned"


print(returns_inside(), log)
log.clear()
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
print(log)
log.clear()
try:
    with CM("w"):
        with CM("w2", suppress=False):
            raise TypeError("inner")
except TypeError as e:
    print("propagated", e, log)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
log.clear()
with CM("final1"), CM("final2"):
    data = {"present": 1}
    print(data["absent"])
