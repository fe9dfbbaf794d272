# except* on exception groups: each clause takes its matching part,
# several clauses can run for one group, unmatched parts are re-raised as a
# group, naked exceptions are wrapped, handlers raising new exceptions,
# finally/else with except*, and the uncaught remainder at the end of the
# program printed as a group traceback.
def run(group):
    try:
        raise group
    except* ValueError as eg:
        print("  ValueError part:", [str(e) for e in eg.exceptions], type(eg).__name__)
    except* (TypeError, KeyError) as eg:
        print("  Type/Key part:", [repr(e) for e in eg.exceptions])


print("all handled:")
run(ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")]))

print("remainder re-raised:")
try:
    run(ExceptionGroup("g", [ValueError("a"), OSError("left over")]))
except ExceptionGroup as rest:
    print("  outer got", repr(rest))

print("naked exception wrapped:")
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(" ", type(eg).__name__, repr(eg.message), eg.exceptions)

print("nested groups keep their structure:")
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), OSError(2)]), ValueError(3)])
except* ValueError as eg:
    print(" ", repr(eg))
except* OSError as eg:
    print(" ", repr(eg))

print("else and finally:")
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup("x", [KeyError("k")])
    except* KeyError:
        print("  handler")
    else:
        print("  else")
    finally:
        print("  finally")

print("handler raising:")
try:
    try:
        raise ExceptionGroup("src", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        print("  TypeError handler still runs")
except ExceptionGroup as eg:
    print(" ", repr(eg))
    for e in eg.exceptions:
        print("   ", repr(e), "context:", repr(e.__context__))

print("subclass matching order:")
try:
    raise ExceptionGroup("m", [FileNotFoundError("f"), PermissionError("p"), OSError("o")])
except* FileNotFoundError as eg:
    print("  FileNotFoundError:", len(eg.exceptions))
except* OSError as eg:
    print("  OSError rest:", [type(e).__name__ for e in eg.exceptions])

print("end: uncaught remainder")
try:
    raise ExceptionGroup("final", [ValueError("handled"), KeyError("unhandled"), ZeroDivisionError("also")])
except* ValueError:
    print("  handled ValueError, the rest propagates")
