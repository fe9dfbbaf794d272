# Yields in every kind of position: inside expressions, calls, displays,
# conditions, handlers, finally blocks, with, match, class bases, raise,
# except clauses; cells, parameters, recursion, frames of generators.
import sys

def drive(gen, values):
    out = []
    try:
        out.append(next(gen))
        for v in values:
            out.append(gen.send(v))
    except StopIteration as s:
        out.append(("return", s.value))
    except Exception as e:
        out.append(("error", type(e).__name__, str(e)))
    return out

lam = lambda: (yield 1)
print(drive(lam(), ["x"]))

def finally_return():
    try:
        yield 1
        return "body"
    finally:
        yield "in finally"
print(drive(finally_return(), [None, None]))

def finally_during_exception():
    try:
        yield 1
        raise KeyError("k")
    finally:
        x = yield ("finally", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        print("resumed with", x)
print(drive(finally_during_exception(), [None, "v"]))

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True

def with_gen():
    with CM() as c:
        y = yield "inside"
        raise ValueError(y)
    yield "after with"
print(drive(with_gen(), ["boom", None]))

def match_gen(v):
    match (yield "subject"):
        case {"a": x}:
            yield ("mapping", x)
        case [1, *rest]:
            yield ("seq", rest)
        case _:
            yield "other"
print(drive(match_gen(0), [{"a": 5}, None]), drive(match_gen(0), [[1, 2, 3]]))

def comp_gen():
    r = [x * 2 for x in (yield "iterable")]
    return r
print(drive(comp_gen(), [[1, 2]]))

def while_gen():
    n = 0
    while (yield n) is not None:
        n += 1
    return n
print(drive(while_gen(), [1, 2, None]))

def fstring_gen():
    return f"a{(yield 1)!r}b{(yield 2):>5}"
print(drive(fstring_gen(), ["s", "t"]))

def nested():
    x = yield (yield 1)
    return x
print(drive(nested(), ["inner", "outer"]))

def f(*a, **k):
    return a, k
def call_gen():
    a = "A"
    r = f(a, (yield 1), b=(yield 2), *(yield 3), **(yield 4))
    return r
print(drive(call_gen(), ["p", "q", ("s1", "s2"), {"kw": 1}]))

def subscript_gen():
    d = {}
    d[(yield "key")] = (yield "value")
    obj = type("O", (), {})()
    obj.attr = yield "attr"
    x = 10
    x += yield "aug"
    return d, obj.attr, x
print(drive(subscript_gen(), ["k", "v", "a", 5]))

def logic_gen():
    a = (yield 1) and (yield 2)
    b = (yield 3) or (yield 4)
    c = "yes" if (yield 5) else "no"
    d = 1 < (yield 6) < 10
    return a, b, c, d
print(drive(logic_gen(), [True, "two", 0, "four", 1, 5]))
print(drive(logic_gen(), [False, "", 0, "", 15]))

def assert_gen():
    assert (yield 1), (yield 2)
print(drive(assert_gen(), [0, "message"]))

def class_gen():
    class C((yield "base")):
        v = 1
    yield C.__mro__[1].__name__
print(drive(class_gen(), [dict]))

def raise_gen():
    try:
        raise (yield "exc") from (yield "cause")
    except Exception as e:
        yield (type(e).__name__, str(e), repr(e.__cause__))
print(drive(raise_gen(), [ValueError("v"), KeyError("c")]))

def except_gen():
    try:
        1 / 0
    except (yield "matcher"):
        yield "matched"
print(drive(except_gen(), [ZeroDivisionError]))
print(drive(except_gen(), [KeyError]))

def cells_gen(n):
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(n):
        add((yield total))
    yield total
print(drive(cells_gen(3), [1, 2, 3, 4]))

def kw_gen(a, /, b=2, *args, c, **kw):
    yield a, b, args, c, kw
print(list(kw_gen(1, 3, 4, c=5, d=6)))
try:
    kw_gen()
except TypeError as e:
    print("TypeError", e)

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(50)))
try:
    list(deep(5000))
except RecursionError as e:
    print("RecursionError", str(e)[:40])

def del_gen():
    x = yield 1
    del x
    try:
        x
    except UnboundLocalError as e:
        yield str(e)
print(drive(del_gen(), ["v"]))

def loop_break_gen():
    for i in range(10):
        for j in range(10):
            try:
                if (yield (i, j)) == "break":
                    break
            finally:
                pass
        else:
            continue
        if i > 1:
            return "done"
print(drive(loop_break_gen(), [None, "break", "break", None, "break"]))

def gen_locals():
    a = 1
    yield sys._getframe().f_locals.copy()
    b = 2
    yield sorted(sys._getframe(0).f_locals)
    yield sys._getframe(1).f_code.co_name
g = gen_locals()
print(next(g), next(g), next(g))
print(g.gi_frame.f_locals)

def send_throw_yield_from():
    def sub():
        try:
            yield 1
        except ValueError:
            return "sub handled"
    r = yield from sub()
    yield r
g = send_throw_yield_from()
print(next(g), g.throw(ValueError), g.gi_yieldfrom)
g = send_throw_yield_from()
next(g)
g.close()
print("closed", g.gi_frame)
