# Generator introspection: gi_running (True only while executing),
# gi_frame and its f_lineno while suspended (None once finished), f_locals
# of the suspended frame, gi_code.co_name, __name__/__qualname__,
# gi_yieldfrom during delegation, inspect.getgeneratorstate for all four
# states and inspect.getgeneratorlocals.
import inspect


def watcher():
    me = yield "started"
    yield f"running inside: {me.gi_running}"
    x = 10
    yield x


g = watcher()
first_line = watcher.__code__.co_firstlineno
print("before start:", g.gi_running, g.gi_frame is not None, g.gi_frame.f_lineno - first_line)
print(next(g), g.gi_running)
print("suspended at line offset", g.gi_frame.f_lineno - first_line)
print(g.send(g))
print("suspended at line offset", g.gi_frame.f_lineno - first_line)
print(next(g), sorted(g.gi_frame.f_locals))
print("locals:", {k: v for k, v in g.gi_frame.f_locals.items() if k != "me"})
try:
    next(g)
except StopIteration:
    pass
print("finished:", g.gi_frame, g.gi_running)
print(g.gi_code.co_name, g.__name__, g.__qualname__, g.gi_code is watcher.__code__)


class Holder:
    def method_gen(self):
        yield self


hg = Holder().method_gen()
print(hg.__name__, hg.__qualname__)
hg.__name__ = "renamed"
hg.__qualname__ = "Renamed.qual"
print(hg.__name__, hg.__qualname__, hg.gi_code.co_name)
try:
    hg.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)


def inner():
    yield "inner-1"
    yield "inner-2"


def outer():
    yield "before"
    yield from inner()
    yield "after"


o = outer()
print(next(o), o.gi_yieldfrom)
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(next(o), o.gi_yieldfrom.gi_frame.f_lineno - inner.__code__.co_firstlineno)
print(next(o), o.gi_yieldfrom)


def from_list():
    yield from [1, 2]


fl = from_list()
next(fl)
print(type(fl.gi_yieldfrom).__name__)


def states():
    yield inspect.getgeneratorstate(s)


s = states()
print(inspect.getgeneratorstate(s))
print(next(s))
print(inspect.getgeneratorstate(s))
s.close()
print(inspect.getgeneratorstate(s))


def with_locals(a, b=2):
    c = a + b
    yield c
    d = c * 2
    yield d


wl = with_locals(1)
print(inspect.getgeneratorlocals(wl))
next(wl)
print(inspect.getgeneratorlocals(wl))
next(wl)
print(inspect.getgeneratorlocals(wl))
list(wl)
print(inspect.getgeneratorlocals(wl), inspect.getgeneratorstate(wl))
try:
    inspect.getgeneratorstate(42)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print(type(e).__name__, e)

ge = (i * i for i in range(3))
print(inspect.getgeneratorstate(ge), ge.gi_frame.f_lineno > 0, ge.gi_code.co_name)
next(ge)
print(inspect.getgeneratorstate(ge), sorted(ge.gi_frame.f_locals))
print(inspect.isgenerator(ge), inspect.isgeneratorfunction(with_locals), inspect.isgeneratorfunction(inspect))


def running_check():
    yield inspect.getgeneratorstate(rc), rc.gi_running, rc.gi_frame.f_lineno - running_check.__code__.co_firstlineno


rc = running_check()
print(next(rc))
