# yield from forwards send(), throw() and close() to the sub-generator:
# sent values reach the inner generator, exceptions thrown are delivered to
# it (handled there, or propagated out through the delegator), close()
# closes the inner generator first, and sending non-None into a plain
# iterator being delegated to raises AttributeError.
def inner():
    total = 0
    try:
        while True:
            try:
                value = yield f"inner total={total}"
            except ValueError as e:
                value = 0
                print("  inner handled", e)
            if value is None:
                return total
            total += value
    finally:
        print("  inner finally")


def outer():
    try:
        result = yield from inner()
        print("  outer got result", result)
        yield "outer after inner"
    except KeyError as e:
        print("  outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("  outer finally")


g = outer()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.throw(ValueError("bad value")))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("outer finished")

g = outer()
next(g)
g.send(3)
print(g.throw(KeyError("escapes inner")))
g.close()

g = outer()
next(g)
print("closing in the middle of delegation:")
g.close()


def plain_iterator_delegate():
    yield from [1, 2, 3]


p = plain_iterator_delegate()
print(next(p), p.send(None))
try:
    p.send("value")
except AttributeError as e:
    print(type(e).__name__, e)

p = plain_iterator_delegate()
next(p)
try:
    p.throw(ValueError("into list iterator"))
except ValueError as e:
    print("thrown through plain iterator:", e)
print(list(p))


def three_levels_inner():
    received = yield "level3 start"
    yield f"level3 received {received}"
    return "level3 done"


def three_levels_middle():
    r = yield from three_levels_inner()
    return "middle saw " + r


def three_levels_outer():
    r = yield from three_levels_middle()
    yield "outer saw " + r


t = three_levels_outer()
print(next(t), "|", t.send("deep value"), "|", next(t))


class ClosableIter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def close(self):
        print("  ClosableIter.close called")

    def throw(self, *args):
        print("  ClosableIter.throw called with", type(args[-1] if len(args) > 1 else args[0]).__name__)
        return "value from custom throw"


def custom_delegate():
    yield from ClosableIter()


c = custom_delegate()
print(next(c), next(c))
print(c.throw(ValueError("custom")))
c.close()


def inner_returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned on throw"


def outer_gets_return():
    r = yield from inner_returns_on_throw()
    yield r


og = outer_gets_return()
next(og)
print(og.throw(ValueError))
