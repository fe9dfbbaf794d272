# Generator finalization: a suspended generator that is dropped (last
# reference gone, del, rebinding, going out of scope in a function) runs
# its finally blocks and context manager exits immediately; unstarted and
# exhausted generators run nothing; exceptions from cleanup are reported
# via sys.unraisablehook.
import sys

events = []


def resource(name):
    events.append(f"open {name}")
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        events.append(f"close {name}")


g = resource("a")
next(g)
del g
print("after del:", events)

events.clear()
g = resource("b")
next(g)
g = resource("c")
print("after rebinding:", events)
next(g)
g = None
print("after None:", events)

events.clear()


def use_partially():
    local = resource("d")
    value = next(local)
    events.append("function returns " + value)
    return value


use_partially()
print("after function scope:", events)

events.clear()
unstarted = resource("e")
del unstarted
print("unstarted dropped:", events)
done = resource("f")
list(done)
del done
print("exhausted dropped:", events)

events.clear()
for item in resource("g"):
    events.append("got " + item)
    break
print("for-break:", events)

events.clear()
print(next(resource("h")), events)


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append("enter " + self.name)

    def __exit__(self, *exc):
        events.append(f"exit {self.name} {exc[0].__name__ if exc[0] else None}")


def with_cm():
    with Tracker("cm"):
        yield 1


events.clear()
w = with_cm()
next(w)
del w
print("with-statement:", events)

unraisable = []


def hook(info):
    unraisable.append((type(info.exc_value).__name__, str(info.exc_value)))


sys.unraisablehook = hook


def bad_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("error during finalization")


b = bad_cleanup()
next(b)
del b
print("unraisable:", unraisable)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


unraisable.clear()
i = ignores_exit()
next(i)
del i
print("ignored GeneratorExit:", unraisable)
sys.unraisablehook = sys.__unraisablehook__

events.clear()
pending = [resource(str(n)) for n in range(3)]
for p in pending:
    next(p)
pending.clear()
print("list cleared:", events)


def nested():
    inner = resource("inner")
    try:
        yield next(inner)
    finally:
        events.append("outer finally")


events.clear()
n = nested()
next(n)
del n
print("nested:", events)
