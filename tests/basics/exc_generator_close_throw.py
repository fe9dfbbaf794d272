# Exceptions and generators: throw() into a suspended generator (caught
# inside and yielding again, or propagating), close() raising GeneratorExit
# at the yield (finally runs, a handler that yields gives RuntimeError),
# StopIteration raised inside a generator turned into RuntimeError (PEP
# 479), return values carried by StopIteration, yield from forwarding
# throw/close to the inner generator, and exceptions in a generator
# expression surfacing at the consumer.
def worker(log):
    try:
        while True:
            try:
                item = yield "ready"
                log.append(f"got {item}")
            except ValueError as e:
                log.append(f"recovered from {e}")
                yield "recovered"
    finally:
        log.append("worker finally")


log = []
w = worker(log)
print(next(w), w.send(1), w.throw(ValueError("bad input")), next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(log)
try:
    next(w)
except StopIteration:
    print("finished generator raises StopIteration")

log = []
w = worker(log)
next(w)
w.close()
w.close()
print(log, "close twice is fine")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


def converts():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")


c = converts()
next(c)
try:
    c.close()
except ValueError as e:
    print("close propagated", e, "| context:", repr(e.__context__))

unstarted = worker([])
unstarted.close()
try:
    unstarted.throw(TypeError("into unstarted"))
except TypeError as e:
    print("throw into closed generator raises directly:", e)
fresh = worker([])
try:
    fresh.throw(TypeError("into fresh"))
except TypeError as e:
    print("throw into fresh generator:", e)


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))


def returns_value():
    yield 1
    return {"result": 42}


def delegator():
    outcome = yield from returns_value()
    print("  delegator received", outcome)
    try:
        yield from worker(log)
    finally:
        print("  delegator finally")
    return "done"


log = []
d = delegator()
print(next(d), next(d))
print(d.throw(ValueError("through yield from")), log)
d.close()
print(log)


def inner_raises():
    yield "first"
    raise LookupError("inner failure")


def outer_catches():
    try:
        yield from inner_raises()
    except LookupError as e:
        yield f"outer caught {e}"


print(list(outer_catches()))

values = ["1", "2", "three", "4"]
gen = (int(v) for v in values)
collected = []
try:
    for number in gen:
        collected.append(number)
except ValueError as e:
    print("genexpr error at consumer:", e, collected, list(gen))

try:
    g = worker([])
    next(g)
    g.throw(ValueError)
    g.throw(ValueError, ValueError("old style"), None)
except ValueError as e:
    print("old-style throw while suspended in the handler propagates:", e)
