# Which handler runs: except clauses tried in order (first match wins even
# if a later one is more specific), tuples of classes, classes held in
# variables and computed tuples, else/finally interplay, an exception
# raised inside a handler not being caught by sibling handlers, and
# invalid handler types detected only when they are tested.
def run(exc, order):
    try:
        raise exc
    except order[0]:
        return "first"
    except order[1]:
        return "second"
    except Exception:
        return "fallback"


print(run(KeyError("k"), (LookupError, KeyError)))
print(run(KeyError("k"), (KeyError, LookupError)))
print(run(IndexError(1), (KeyError, LookupError)))
print(run(ValueError(), (KeyError, IndexError)))
print(run(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), (UnicodeError, ValueError)))
print(run(ZeroDivisionError(), ((OverflowError, ZeroDivisionError), ArithmeticError)))
print(run(FloatingPointError(), ((), ArithmeticError)))
try:
    print(run(RuntimeError(), ((), (RecursionError, (NotImplementedError, RuntimeError)))))
except TypeError as e:
    print("nested tuple:", e, repr(e.__context__))

group = (TypeError, ValueError)
more = group + (KeyError,)
for exc in (TypeError("t"), ValueError("v"), KeyError("k"), IndexError("i")):
    try:
        try:
            raise exc
        except group as e:
            print("group caught", type(e).__name__)
        except more as e:
            print("more caught", type(e).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)


def handler_chooser(name):
    return {"key": KeyError, "value": ValueError}.get(name, Exception)


for name, exc in (("key", KeyError()), ("value", KeyError()), ("other", KeyError())):
    try:
        try:
            raise exc
        except handler_chooser(name):
            print(name, "handled")
    except KeyError:
        print(name, "fell through")

# an exception inside a handler is not caught by the following handlers
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from handler")
    except TypeError:
        print("sibling handler (wrong)")
except TypeError as e:
    print("outer got", e, "context", repr(e.__context__))

# else runs only without exception, finally always
for should_fail in (False, True):
    log = []
    try:
        try:
            log.append("body")
            if should_fail:
                raise KeyError("x")
        except ValueError:
            log.append("handler")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer")
    print(log)

# an exception in else is not handled by the same try's handlers
try:
    try:
        pass
    except ZeroDivisionError:
        print("wrong")
    else:
        1 / 0
except ZeroDivisionError as e:
    print("else raised", e)

# handler expressions are only evaluated when needed
calls = []


def spec(cls):
    calls.append(cls.__name__)
    return cls


try:
    raise IndexError
except spec(KeyError):
    pass
except spec(IndexError):
    pass
except spec(ValueError):
    pass
print(calls)

# invalid handler: only an error when it is reached
try:
    try:
        raise ValueError
    except ValueError:
        print("valid first handler")
    except 42:
        pass
except TypeError:
    print("not reached")

try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

try:
    try:
        raise ValueError("x")
    except (KeyError, 3):
        pass
except TypeError as e:
    print("TypeError:", e)

# BaseException subclasses go past except Exception
for exc in (KeyboardInterrupt(), SystemExit(4), GeneratorExit()):
    try:
        try:
            raise exc
        except Exception:
            print("caught by Exception (wrong)")
    except BaseException as e:
        print("BaseException caught", type(e).__name__)

# bare except catches everything
try:
    raise SystemExit("bare")
except:
    print("bare except got", repr(__import__("sys").exc_info()[1]))
