# Generators resumed directly by next() and yield from: PEP 479, return
# values, re-entrance, sending into a fresh delegate, exception state
# across yields, gi_running, deep delegation (RecursionError), tracebacks,
# finalization.
import sys

def g1():
    yield 1
    raise StopIteration("inner")

try:
    list(g1())
except RuntimeError as e:
    print("pep479", repr(e), repr(e.__cause__))

def g2():
    yield 1
    return "done"

it = g2()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop value", e.value)
try:
    next(it)
except StopIteration as e:
    print("again", e.value)
print(it.gi_frame, it.gi_running)

def reent():
    yield next(me)

me = reent()
try:
    next(me)
except ValueError as e:
    print("reent", e)

def sub():
    x = yield 1
    print("sub got", x)
    return x * 2

def outer():
    r = yield from sub()
    print("outer r", r)
    yield r

o = outer()
print(next(o))
print(o.send(21))
print(list(o))

def ex_state():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

try:
    raise IndexError("outer")
except IndexError:
    e = ex_state()
    print(next(e))
print(sys.exc_info()[0])
print(next(e))
print(next(e))

def running():
    yield gen_r.gi_running
    yield gen_r.gi_frame.f_lineno

gen_r = running()
print(list(gen_r))

def deep(n):
    if n == 0:
        yield 0
        return
    yield from deep(n - 1)

try:
    for v in deep(5000):
        pass
except RecursionError as e:
    print("recursion", type(e).__name__)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

def yf_iter():
    r = yield from It()
    yield r

print(list(yf_iter()))

def fresh():
    yield 1

def yf_send():
    yield from fresh()

y = yf_send()
print(next(y))
try:
    y.send(5)
except StopIteration:
    print("stopped")

def tb():
    yield 1
    1 / 0

try:
    for _ in tb():
        pass
except ZeroDivisionError:
    import traceback
    traceback.print_exc(file=sys.stdout)

gen_none = (x for x in [None, None])
print(list(gen_none))
def ret_none():
    yield None
    return None
print(list(ret_none()))
import gc
def fin():
    try:
        yield 1
    finally:
        print("finalized")
f = fin()
next(f)
del f
gc.collect()
print("end")
