# Generators called from compiled code: iteration, send, exhaustion.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(n):
    yield from (i * i for i in count(n))
print(list(count(3)), sum(squares(4)), list(x + 1 for x in range(3)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate()
next(acc)
acc.send(5)
print(acc.send(7))
try:
    acc.send(None)
except StopIteration as e:
    print("result", e.value)
print(any(v > 2 for v in [1, 2, 3]), dict((k, k * 2) for k in "ab"))
