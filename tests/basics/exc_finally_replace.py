# finally blocks overriding what the try did: a raise in finally replaces
# the propagating exception (which becomes its __context__), return in
# finally swallows the exception and overrides an earlier return,
# break/continue in finally swallow exceptions in loops, and a finally that
# catches its own exception lets the original continue.
import sys


def raise_replaces():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")


try:
    raise_replaces()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


def return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally value"


print(return_swallows(), sys.exc_info())


def return_overrides():
    try:
        return "try value"
    finally:
        return "finally value"


print(return_overrides())


def return_in_handler_then_finally():
    try:
        raise KeyError
    except KeyError:
        return "handler"
    finally:
        print("  finally after handler return")


print(return_in_handler_then_finally())


def handler_raises_finally_returns():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("from handler")
    finally:
        return "finally wins"


print(handler_raises_finally_returns())


def break_swallows():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise RuntimeError(i)
        finally:
            break
    return out


print(break_swallows())


def continue_swallows():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError(i)
            out.append(i)
        finally:
            continue
    return out


print(continue_swallows())


def while_break_swallows():
    n = 0
    while True:
        try:
            n += 1
            1 / 0
        finally:
            if n == 3:
                break
            continue
    return n


print(while_break_swallows())


def finally_handles_own():
    try:
        raise ValueError("keeps going")
    finally:
        try:
            raise TypeError("internal")
        except TypeError:
            print("  finally handled internal")


try:
    finally_handles_own()
except ValueError as e:
    print("original continued:", e, repr(e.__context__))


def nested_finally_replacements():
    try:
        try:
            raise ValueError(1)
        finally:
            raise TypeError(2)
    finally:
        raise KeyError(3)


try:
    nested_finally_replacements()
except KeyError as e:
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e.args[0]})")
        e = e.__context__
    print(" <- ".join(chain))


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(return_value_evaluated_before_finally())


def return_int_then_finally_rebinds():
    x = 1
    try:
        return x
    finally:
        x = 2


print(return_int_then_finally_rebinds())


def generator_finally_return():
    try:
        yield 1
        raise ValueError("in generator")
    finally:
        return "gen finally"


g = generator_finally_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

# swallowing a SystemExit and a KeyboardInterrupt with return in finally


def swallow(exc):
    try:
        raise exc
    finally:
        return f"swallowed {type(exc).__name__}"


print(swallow(SystemExit(3)), swallow(KeyboardInterrupt()), swallow(GeneratorExit()))
print("done")
