# Calling compiled code many times leaves the total reference count flat
# (meaningful with a debug CPython, which has sys.gettotalrefcount).
import sys

def arithmetic(a, b=2, *args, c=3, **kw):
    x = a + b * c - len(args) + len(kw)
    y = [x, x * 2, {"k": x}, (x, a), {x}]
    return y[0] if x > 0 else -x

def strings(name):
    return f"{name!r:>10}|{name.upper()}|" + name[1:3] * 2

def exceptions(n):
    try:
        if n % 2:
            raise ValueError(n)
        return {}["missing"]
    except (ValueError, KeyError) as e:
        return repr(e)
    finally:
        n += 1

def loops(n):
    total = 0
    for i in range(n):
        if i == 3:
            continue
        for j in "ab":
            if j == "b":
                break
            total += i
    while n:
        n -= 1
    a, *b = [1, 2, 3]
    return total, a, b

def closures(v):
    def inner(w):
        nonlocal v
        v += w
        return v
    return inner(1) + inner(2)

def comprehensions(n):
    return [i for i in range(n) if i % 2], {i: i for i in range(n)}, {i % 3 for i in range(n)}

class K:
    attr = 5
    def __init__(self, v):
        self.v = v
    def method(self, *a, **k):
        return super().__repr__ is not None and (self.v, a, k)

def classes(n):
    class Local(K):
        def method(self, *a, **k):
            return super().method(*a, **k)
    obj = Local(n)
    obj.extra = n
    del obj.extra
    return obj.method(1, x=2), K(n).method()

def calls(f):
    return f(*[1], **{"b": 2}), f(1, 2, 3, c=4, d=5)

def unpack_errors():
    for bad in (lambda: arithmetic(), lambda: (lambda x, y: 0)(1), lambda: [*5]):
        try:
            bad()
        except TypeError as e:
            str(e)

def recursion(n):
    return 0 if n == 0 else 1 + recursion(n - 1)

def generator_inner():
    try:
        x = yield 1
        yield [x, (yield 2)]
    except KeyError:
        yield "caught"
    return "result"

def generators(n):
    out = list(i * 2 for i in range(n) if i % 2)
    g = generator_inner()
    out.append(next(g))
    out.append(g.send("a"))
    out.append(g.throw(KeyError("k")))
    g.close()
    def outer():
        r = yield from generator_inner()
        yield r
    o = outer()
    out.append(next(o))
    out.append(o.throw(KeyError("k")))
    out.extend(o)
    dropped = generator_inner()
    next(dropped)
    del dropped
    never_started = outer()
    del never_started
    try:
        next(x for x in [1] if 1 / 0)
    except ZeroDivisionError:
        pass
    return out

def chain_errors(n):
    # An error inside a comparison chain (an outline with its own handlers)
    # while the call's other values are live.
    try:
        return str(n < (lambda: n)() < "x" < 3)
    except TypeError:
        return len([n, n])

def work():
    arithmetic(1, 2, 3, 4, c=5, d=6)
    strings("abcdef")
    exceptions(1)
    exceptions(2)
    loops(10)
    closures(3)
    comprehensions(10)
    classes(3)
    calls(arithmetic)
    unpack_errors()
    recursion(30)
    generators(6)
    chain_errors(2)

if hasattr(sys, "gettotalrefcount"):
    import gc
    for _ in range(50):
        work()
    gc.collect()
    before = sys.gettotalrefcount()
    for _ in range(200):
        work()
    gc.collect()
    after = sys.gettotalrefcount()
    print("changed by %d" % (after - before) if abs(after - before) > 50 else "flat")
else:
    work()
    print("flat")
