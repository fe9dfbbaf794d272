# Exceptions and with statements: __enter__ raising (its __exit__ is not
# called, but outer managers' are), __exit__ receiving (type, value, tb),
# truthy/falsy return values suppressing or not, __exit__ raising a new
# exception (context is the original), several managers in one statement
# unwinding in reverse order, objects lacking the protocol, and
# return/break/continue through with blocks calling __exit__ with Nones.
class Manager:
    def __init__(self, name, log, fail_enter=False, suppress=False, fail_exit=False):
        self.name = name
        self.log = log
        self.fail_enter = fail_enter
        self.suppress = suppress
        self.fail_exit = fail_exit

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        if self.fail_enter:
            raise OSError(f"enter {self.name} failed")
        return self.name

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        self.log.append(f"exit {self.name} ({kind}, tb={tb is not None})")
        if self.fail_exit:
            raise RuntimeError(f"exit {self.name} failed")
        return self.suppress


def run(description, body, *managers_spec):
    log = []
    managers = [Manager(name, log, **opts) for name, opts in managers_spec]
    try:
        result = body(log, managers)
    except Exception as e:
        context = repr(e.__context__) if e.__context__ else None
        log.append(f"escaped {type(e).__name__}: {e} (context {context})")
    else:
        log.append(f"returned {result!r}")
    print(description)
    print("   ", log)


def one(log, managers):
    with managers[0] as value:
        log.append(f"body with {value}")
        raise KeyError("body error")


def three(log, managers):
    with managers[0] as a, managers[1] as b, managers[2] as c:
        log.append(f"body {a}{b}{c}")
        raise ValueError("from body")
    return "after with"


run("plain error", one, ("A", {}))
run("suppressed", one, ("A", {"suppress": True}))
run("exit raises", one, ("A", {"fail_exit": True}))
run("enter fails", one, ("A", {"fail_enter": True}))
run("three managers, middle suppresses", three, ("A", {}), ("B", {"suppress": True}), ("C", {}))
run("three managers, last enter fails", three, ("A", {}), ("B", {}), ("C", {"fail_enter": True}))
run("three managers, inner exit raises", three, ("A", {}), ("B", {}), ("C", {"fail_exit": True}))
run("three managers, outer suppresses exit error", three, ("A", {"suppress": True}), ("B", {"fail_exit": True}), ("C", {}))


def returns(log, managers):
    with managers[0]:
        return "returned from inside"


def loops(log, managers):
    for i in range(3):
        with managers[0]:
            if i == 0:
                continue
            if i == 1:
                break
    return i


run("return through with", returns, ("A", {}))
run("continue/break through with", loops, ("A", {}))


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return "non-empty string"


with Truthy():
    raise ZeroDivisionError
print("suppressed by a truthy non-bool return value")


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *args):
        pass


for obj in (NoExit(), NoEnter(), 42):
    try:
        with obj:
            print("not reached")
    except TypeError as e:
        print("TypeError", e)


class ExitArgs:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit args:", exc_type, type(exc).__name__, exc is captured[0] if captured else None,
              tb.tb_frame.f_code.co_name if tb else None)
        return True


captured = []


def raise_inside():
    error = IndexError("kept")
    captured.append(error)
    with ExitArgs():
        raise error


raise_inside()
captured.clear()
with ExitArgs():
    pass
