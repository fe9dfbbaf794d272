# Generator return values: `return value` inside a generator becomes
# StopIteration.value (and args), bare return and falling off the end give
# None, tuples/None/falsy values, a returned StopIteration-like object,
# return values visible to next(), send(), throw() callers, ignored by for
# loops and list(), and collected by yield from.
def gen_returning(value):
    yield "only"
    return value


for value in [42, None, (1, 2), 0, "", [3], ("single",)]:
    g = gen_returning(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(value), "->", repr(e.value), e.args)


def bare_return():
    yield 1
    return


def falls_off():
    yield 1


for fn in (bare_return, falls_off):
    g = fn()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(fn.__name__, repr(e.value), e.args)


def early(n):
    for i in range(n):
        if i == 2:
            return f"stopped at {i}"
        yield i
    return "ran to completion"


print(list(early(5)), list(early(2)))
for n in (5, 1):
    g = early(n)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            print(out, e.value)
            break


def via_send():
    x = yield
    return x * 2


g = via_send()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print("send ->", e.value)


def via_throw():
    try:
        yield
    except ValueError as e:
        return f"returned from handler: {e}"


g = via_throw()
next(g)
try:
    g.throw(ValueError("oops"))
except StopIteration as e:
    print("throw ->", e.value)


def returns_exception():
    yield
    return StopIteration("a StopIteration as the value")


g = returns_exception()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value type:", type(e.value).__name__, e.value)


def returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"


g = returns_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("finally return:", e.value)
g = returns_in_finally()
next(g)
print("close with return in finally:", g.close())


def sum_sub():
    total = 0
    for i in range(4):
        total += yield i
    return total


def collector():
    results = []
    for _ in range(2):
        r = yield from sum_sub()
        results.append(r)
    return results


c = collector()
next(c)
try:
    i = 0
    while True:
        i += 1
        c.send(i)
except StopIteration as e:
    print("collected:", e.value)

print(next(gen_returning("x")), "for loop ignores the value:", [v for v in gen_returning("x")])


def large_return():
    yield
    return {"nested": [1, {"deep": (2, 3)}]}


g = large_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.value is e.args[0])
