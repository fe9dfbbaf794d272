# Compiled generators are CPython generator objects: state, send, throw,
# close, yield from delegation, finalization, PEP 479, expression yields,
# generator expressions, and a traceback through a generator frame.
import inspect, sys, types

def simple(n):
    for i in range(n):
        yield i * 2
    return "done"

print(list(simple(4)))
g = simple(2)
print(type(g).__name__, isinstance(g, types.GeneratorType), g.__name__, g.__qualname__)
print(inspect.getgeneratorstate(g))
print(next(g), g.gi_frame.f_lineno, inspect.getgeneratorstate(g), g.gi_running)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(inspect.getgeneratorstate(g), g.gi_frame)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            if x == "stop":
                return received
    except ValueError as e:
        yield ("caught", str(e), sys.exc_info()[0].__name__)
        yield ("after", sys.exc_info()[0])
    finally:
        print("echo finally", received)

e = echo()
print(e.send(None), e.send(1), e.send(2))
print(e.throw(ValueError("boom")))
print(next(e))
e.close()
print(inspect.getgeneratorstate(e))

def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as k:
        print("inner caught", repr(k))
        yield "recovered"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    r2 = yield from [10, 20]
    print("list result", r2)
    return r

o = outer()
print(next(o), o.send("a"), o.gi_yieldfrom is not None)
print(o.throw(KeyError("k")))
print(list(o))

def expr_yields():
    a = 5
    total = a + (yield "first") + (yield "second")
    lst = [a, (yield "third"), a * 2]
    d = {"k": (yield "fourth"), (yield "fifth"): a}
    return total, lst, d

g = expr_yields()
vals = [next(g)]
try:
    for v in [1, 2, 3, 4, "key"]:
        vals.append(g.send(v))
except StopIteration as s:
    print("result", s.value)
print(vals)

def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("closing finally")

c = closing()
next(c)
del c
print("after del")

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as r:
    print("RuntimeError", r)

def stop_inside():
    yield 1
    raise StopIteration("x")

try:
    list(stop_inside())
except RuntimeError as r:
    print("RuntimeError", r, repr(r.__cause__))

def reentrant():
    yield next(gen_ref)
gen_ref = reentrant()
try:
    next(gen_ref)
except ValueError as v:
    print("ValueError", v)

def closure_gen(base):
    def add(x):
        return x + base
    for i in range(3):
        yield add(i)
    base = 100
    yield add(0)
print(list(closure_gen(10)))

class K:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item.upper()
    def gen_super(self):
        yield from super().__str__.__name__
print(list(K(["a", "b"])), "".join(K([]).gen_super()))

print(sum(x * x for x in range(10)), any(x > 3 for x in [1, 5]), max((len(w), w) for w in "a bb ccc".split()))
g = (x for x in [1, 2])
print(g.gi_code.co_name, next(g), list(g))
try:
    (1 / x for x in [1, 0]).__next__()
    list(1 / x for x in [1, 0])
except ZeroDivisionError as z:
    print("zde", z)
print(simple.__code__.co_stacksize >= 0, inspect.isgeneratorfunction(simple))
def thrower():
    yield 1
t = thrower()
try:
    t.throw(TypeError("fresh"))
except TypeError as te:
    print("fresh throw", te, inspect.getgeneratorstate(t))
def tb_gen():
    yield 1
    1 / 0
tg = tb_gen()
next(tg)
next(tg)
