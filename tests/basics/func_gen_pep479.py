# PEP 479: a StopIteration raised inside a generator body (explicitly, by
# next() on an exhausted iterator, or a subclass) is turned into
# RuntimeError("generator raised StopIteration") with the StopIteration as
# __cause__; the same for async-free generator expressions; StopIteration
# raised outside generators is unaffected, and catching it inside the
# generator is fine.
def explicit():
    yield 1
    raise StopIteration("explicit")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
print("generator finished:", list(g))


def next_on_exhausted():
    it = iter([])
    yield "before"
    yield next(it)


try:
    print(list(next_on_exhausted()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


class MyStop(StopIteration):
    pass


def subclass():
    yield 1
    raise MyStop("subclass")


try:
    list(subclass())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


def catches_own():
    it = iter([1])
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "caught StopIteration inside, returned normally"
        yield value


g = catches_own()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)


def first_item(iterable):
    yield next(iter(iterable))


print(list(first_item([5, 6])))
try:
    list(first_item([]))
except RuntimeError as e:
    print("empty:", e)

try:
    print(list(next(iter([])) for _ in range(1)))
except RuntimeError as e:
    print("genexp:", e)
except StopIteration:
    print("genexp leaked StopIteration")

try:
    print([next(iter([])) for _ in range(1)])
except StopIteration:
    print("list comprehension: StopIteration propagates unchanged")


def outside():
    raise StopIteration("plain function")


try:
    outside()
except StopIteration as e:
    print("outside generators:", repr(e))


def inner():
    yield 1
    raise StopIteration


def delegator():
    try:
        yield from inner()
    except RuntimeError as e:
        yield f"delegator caught RuntimeError: {e}"


print(list(delegator()))


def stop_in_finally():
    try:
        yield 1
    finally:
        raise StopIteration("in finally")


g = stop_in_finally()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("finally:", e, repr(e.__cause__))


def stop_as_value():
    yield StopIteration("yielded, not raised")


print([type(v).__name__ for v in stop_as_value()])
try:
    zip_gen = (a for a in map(lambda x: next(iter([])), [1]))
    list(zip_gen)
except RuntimeError as e:
    print("map inside genexp:", e)
except StopIteration:
    print("StopIteration from map swallowed by genexp")
