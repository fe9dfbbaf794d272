# generator.close(): GeneratorExit raised at the suspended yield, finally
# blocks running, close() returning None, close on unstarted and exhausted
# generators (no effect), a generator that catches GeneratorExit and
# returns, one that yields (RuntimeError "generator ignored
# GeneratorExit"), one that raises another exception, and GeneratorExit
# not being an Exception subclass.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")


g = with_finally()
next(g)
print("close returned", g.close())
print("list after close:", list(g))
print("close again:", g.close())
u = with_finally()
print("close unstarted:", u.close(), list(u))
d = with_finally()
list(d)
print("close exhausted:", d.close())


def catches_exit():
    try:
        yield "value"
    except GeneratorExit as e:
        print("  caught", type(e).__name__, repr(e), e.args)
        return "ignored return value"


c = catches_exit()
next(c)
print("close result:", c.close())


stubborn = True


def ignores_exit():
    while True:
        try:
            yield "still alive"
        except GeneratorExit:
            if not stubborn:
                print("  giving up now")
                raise
            print("  refusing to exit")


i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("after RuntimeError next():", next(i))
stubborn = False
print("second close:", i.close(), list(i))


def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("raised while closing")


r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)


def broad_except():
    try:
        yield 1
    except Exception:
        print("  Exception handler does not catch GeneratorExit")
    finally:
        print("  but finally runs")


b = broad_except()
next(b)
b.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))


def reraises_exit():
    try:
        yield
    except GeneratorExit:
        print("  cleanup then re-raise")
        raise


rr = reraises_exit()
next(rr)
print("reraise close:", rr.close())


def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


n = nested_finally()
next(n)
n.close()


def stop_in_handler():
    try:
        yield
    except GeneratorExit:
        raise StopIteration("stop during close")


s = stop_in_handler()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"


yf = yield_in_finally()
next(yf)
try:
    yf.close()
except RuntimeError as e:
    print(type(e).__name__, e)

ge = (x for x in range(3))
next(ge)
ge.close()
print("genexp after close:", list(ge))
