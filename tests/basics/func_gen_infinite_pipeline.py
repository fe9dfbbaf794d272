# Infinite generators consumed with itertools.islice, takewhile and zip,
# and generator pipelines: stages pulling lazily from each other (the
# interleaving of stages is traced), filtering/mapping/batching stages,
# a pipeline stopped early, and tee-ing an infinite stream.
import itertools

trace = []


def naturals(start=0):
    n = start
    while True:
        trace.append(f"produce {n}")
        yield n
        n += 1


def squares(source):
    for n in source:
        trace.append(f"square {n}")
        yield n * n


def only_odd(source):
    for n in source:
        if n % 2:
            yield n


print(list(itertools.islice(naturals(), 5)))
trace.clear()
pipeline = only_odd(squares(naturals(1)))
print(list(itertools.islice(pipeline, 3)))
print(trace)
print(list(itertools.islice(naturals(), 10, 20, 3)), list(itertools.islice(naturals(5), 0)))
print(list(itertools.takewhile(lambda n: n < 30, squares(naturals()))))
print(list(zip("abc", naturals(100))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(list(itertools.islice(fib(), 15)))
print(list(itertools.islice(primes(), 15)))
print(next(n for n in fib() if n > 1000))


def batched(source, size):
    batch = []
    for item in source:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


print(list(batched(range(7), 3)), list(itertools.islice(batched(naturals(), 4), 2)))


def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total


def window(source, n):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)


stages = window(running_total(only_odd(naturals())), 2)
print(list(itertools.islice(stages, 4)))

a, b = itertools.tee(fib())
print(list(itertools.islice(a, 5)), list(itertools.islice(b, 8)))
cycled = itertools.cycle(x for x in "ab")
print([next(cycled) for _ in range(5)])
print(list(itertools.islice(itertools.accumulate(naturals(1)), 6)))


def stage(name, source):
    for item in source:
        trace.append(f"{name} {item}")
        yield item


trace.clear()
chain = stage("C", stage("B", stage("A", iter([1, 2]))))
for _ in chain:
    trace.append("consumer")
print(trace)
gen = naturals()
print(next(gen), next(gen))
gen.close()
print(list(gen))
lines = ["# comment", "alpha 1", "", "beta 2", "gamma x", "delta 4"]
parsed = (line.split() for line in lines if line and not line.startswith("#"))
numbers = (int(v) for _, v in parsed if v.isdigit())
print(sum(numbers))
