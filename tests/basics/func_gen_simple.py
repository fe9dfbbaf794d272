# Simple generators: nothing runs until the first next(), execution pauses
# at each yield and resumes after it, bare yield produces None, a generator
# is its own iterator, consumers (list, sum, tuple unpacking, in, zip, any)
# drive it, and an exhausted generator stays exhausted.
def steps():
    print("  start")
    yield 1
    print("  after first yield")
    yield 2
    print("  after second yield")


g = steps()
print("created, nothing printed yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(next(g, "default after exhaustion"))


def bare():
    yield
    x = yield
    yield x


b = bare()
print(next(b), next(b), next(b), list(b))


def countdown(n):
    while n:
        yield n
        n -= 1


c = countdown(3)
print(iter(c) is c, type(c).__name__, c.__next__(), list(c))
print(sum(countdown(10)), tuple(countdown(4)), sorted(countdown(5)))
x, y, z = countdown(3)
print(x, y, z)
try:
    p, q = countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
print(3 in countdown(5), 7 in countdown(5))
print(list(zip(countdown(5), "ab")), any(v > 2 for v in countdown(5)))
first, *rest = countdown(4)
print(first, rest)
print(dict(zip(countdown(3), countdown(3))), set(countdown(2)))


def conditional(items):
    for item in items:
        if item % 2:
            continue
        if item > 6:
            return
        yield item * 10


print(list(conditional(range(20))))


def empty():
    return
    yield


def empty_if():
    if False:
        yield


print(list(empty()), list(empty_if()), type(empty()).__name__)


def multiple_per_loop():
    for i in range(3):
        yield i
        yield -i


print(list(multiple_per_loop()))
gens = [countdown(2), countdown(2)]
print(next(gens[0]), next(gens[0]), next(gens[1]), "independent states")


def locals_kept():
    total = 0
    for n in range(1, 5):
        total += n
        yield total


print(list(locals_kept()), [v * 2 for v in locals_kept()])
for i, v in enumerate(countdown(3), start=1):
    print("enumerate", i, v)
print(max(countdown(7)), min(countdown(7)), "".join(str(n) for n in countdown(5)))
