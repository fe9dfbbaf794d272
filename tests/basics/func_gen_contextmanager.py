# contextlib.contextmanager: setup/teardown around the single yield, the
# yielded value bound by `as`, exceptions from the with-body thrown in at
# the yield (handled and suppressed, re-raised, converted to another
# exception), errors for generators that do not yield or yield twice,
# GeneratorExit-free exits, reuse of the decorated function, and use as a
# decorator.
import contextlib

log = []


@contextlib.contextmanager
def tag(name):
    log.append(f"<{name}>")
    yield name.upper()
    log.append(f"</{name}>")


with tag("a") as value:
    log.append("body " + value)
with tag("b"), tag("c"):
    log.append("nested")
print(log)


@contextlib.contextmanager
def safe(name):
    log.append("enter " + name)
    try:
        yield
    except ValueError as e:
        log.append(f"{name} suppressed {e}")
    finally:
        log.append("finally " + name)


log.clear()
with safe("s1"):
    raise ValueError("bad value")
print("after suppression:", log)
log.clear()
try:
    with safe("s2"):
        raise KeyError("not handled")
except KeyError as e:
    print("propagated:", repr(e), log)


@contextlib.contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


@contextlib.contextmanager
def reraising():
    try:
        yield
    except Exception as e:
        log.append("saw " + type(e).__name__)
        raise


log.clear()
try:
    with reraising():
        raise IndexError("again")
except IndexError as e:
    print("reraised:", e, log)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextlib.contextmanager
def swallow_everything():
    try:
        yield
    except BaseException:
        pass


with swallow_everything():
    raise SystemExit("swallowed exit")
print("SystemExit swallowed by contextmanager")


@contextlib.contextmanager
def yields_after_exception():
    try:
        yield
    except ValueError:
        yield "second"


try:
    with yields_after_exception():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__, e)


@contextlib.contextmanager
def timer_like(label):
    log.append("start " + label)
    yield
    log.append("stop " + label)


@timer_like("decorated")
def work(x):
    log.append(f"work {x}")
    return x * 2


log.clear()
print(work(3), work(4), log)
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print("reuse of the same object:", type(e).__name__, e)


@contextlib.contextmanager
def stop_iteration_body():
    yield


try:
    with stop_iteration_body():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration from body preserved:", repr(e))

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    print("exit stack values:", names)
print(log[-3:])
