# Generators: yield, iteration, next() and StopIteration with a return
# value, send(), throw(), close() with finally, yield from delegation and
# its result, generator expressions, generator state attributes.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(3)))
gen = countdown(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)


def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total / count


averager = running_mean()
next(averager)
print(averager.send(10), averager.send(20), averager.send(3))


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"handled {e}"
    finally:
        print("generator cleanup")


g = guarded()
print(next(g), g.throw(ValueError("boom")))
g.close()
print("closed:", g.gi_frame is None)


def inner():
    received = yield "inner-1"
    yield f"inner got {received}"
    return "inner result"


def outer():
    result = yield from inner()
    yield f"outer saw {result}"
    yield from range(2)


o = outer()
print(next(o), o.send("hello"), next(o), list(o))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), list(x for x in "ab" if x != "a"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


taken = []
for value in fib():
    if value > 100:
        break
    taken.append(value)
print(taken)
gen2 = countdown(1)
print(type(gen2).__name__, gen2.__name__, gen2.gi_running, gen2.gi_frame is not None)
print(list(zip(countdown(3), "abc")), max(countdown(5)), sorted(countdown(4)))
