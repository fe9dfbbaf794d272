# iter(callable, sentinel): calling until the sentinel is returned (compared
# with ==), callables that are bound methods, lambdas, functools.partial,
# closures with state, reading a file in fixed blocks, the sentinel never
# returned (with islice), exceptions from the callable propagating, the
# iterator being exhausted for good, and argument errors.
import functools
import itertools

values = iter([1, 2, 3, 0, 4, 5])
print(list(iter(lambda: next(values), 0)), list(values))

stack = [10, 20, 30, None, 40]
it = iter(stack.pop, 30)
print(list(it), stack)


def counter():
    n = 0

    def next_value():
        nonlocal n
        n += 1
        return n
    return next_value


print(list(iter(counter(), 5)))
print(list(itertools.islice(iter(counter(), -1), 4)))


class EqualsEverything:
    def __eq__(self, other):
        return True


print(list(iter(counter(), EqualsEverything())))


class Weird:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return 2.0 if self.calls == 3 else self.calls * 10


w = Weird()
print(list(iter(w, 2)), w.calls)

with open("blocks.bin", "wb") as fh:
    fh.write(b"abcdefghij")
with open("blocks.bin", "rb") as fh:
    blocks = list(iter(functools.partial(fh.read, 3), b""))
print(blocks)
with open("blocks.bin", "rb") as fh:
    print([len(b) for b in iter(lambda: fh.read(4), b"")])

lines = iter(["first\n", "second\n", "\n", "after blank\n"])
print([l.strip() for l in iter(lambda: next(lines), "\n")])


def failing():
    failing.calls += 1
    if failing.calls == 3:
        raise ValueError("callable failed")
    return failing.calls


failing.calls = 0
collected = []
ci = iter(failing, None)
try:
    for v in ci:
        collected.append(v)
except ValueError as e:
    print(type(e).__name__, e, collected)
print("after exception, next:", next(ci, "n/a"))

done = iter(counter(), 2)
print(list(done), list(done), next(done, "exhausted"))
ci = iter(lambda: 1, 1)
print(type(ci).__name__, iter(ci) is ci, list(ci))


def stop_raiser():
    raise StopIteration


print("StopIteration from callable ends iteration:", list(iter(stop_raiser, 0)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iter(lambda x: x, 0))
except TypeError as e:
    print(type(e).__name__, e)
