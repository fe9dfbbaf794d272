# yield inside try/except/else/finally in generators: yield in the try body,
# in an except handler (the handled exception stays current across the
# yield: sys.exc_info inside the generator versus outside), in else and in
# finally, exceptions raised after resuming, and a generator driven through
# every path by next() and throw().
import sys


def full(log):
    try:
        log.append("try")
        yield "in try"
        x = yield "need a value"
        log.append(f"got {x!r}")
        if x == "raise":
            raise ValueError("requested")
    except ValueError as e:
        log.append(f"except {e}")
        yield "in except"
        log.append("except resumed, exc_info: " + repr(sys.exc_info()[1]))
    else:
        log.append("else")
        yield "in else"
    finally:
        log.append("finally")
        yield "in finally"
    log.append("after")
    yield "after"


for send in ["ok", "raise"]:
    log = []
    g = full(log)
    out = [next(g), next(g), g.send(send)]
    out.extend(g)
    print(out)
    print(" ", log)


def handler_keeps_exception():
    try:
        raise KeyError("current")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


g = handler_keeps_exception()
print(next(g), "outside:", sys.exc_info()[0])
print(next(g), next(g))


def yield_in_except_then_raise():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "handling"
        raise


g = yield_in_except_then_raise()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("re-raised after resume:", type(e).__name__, e)


def context_across_yield():
    try:
        raise OSError("first")
    except OSError:
        yield
        raise ValueError("second")


g = context_across_yield()
next(g)
try:
    next(g)
except ValueError as e:
    print("context:", repr(e.__context__))


def caller_exception_not_inside():
    yield sys.exc_info()[0]


try:
    raise IndexError("caller")
except IndexError:
    g = caller_exception_not_inside()
    print("exc_info seen by generator started in handler:", next(g))


def finally_with_yield_and_throw():
    try:
        yield 1
    finally:
        got = yield "finally yields"
        print("  finally got", got)


g = finally_with_yield_and_throw()
next(g)
print(g.throw(TypeError("pending")))
try:
    g.send("resume")
except TypeError as e:
    print("pending exception re-raised after finally:", e)


def loop_with_try():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield f"body {i}"
        finally:
            yield f"finally {i}"


print(list(loop_with_try()))


def nested_handlers():
    try:
        try:
            yield "inner try"
            raise ValueError("inner")
        except ValueError:
            yield "inner except"
            raise TypeError("from inner except")
        finally:
            yield "inner finally"
    except TypeError as e:
        yield f"outer except {e} (context {e.__context__})"


print(list(nested_handlers()))


def return_in_try_finally():
    try:
        yield 1
        return "from try"
    finally:
        yield "finally before return completes"


g = return_in_try_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("return value kept:", e.value)
