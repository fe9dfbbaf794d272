# functools.lru_cache and functools.cache: hits and misses in cache_info(),
# maxsize eviction order, typed=True, cache_clear, keyword-argument keys,
# unhashable arguments, recursion through the cache, cache_parameters and
# __wrapped__.
import functools

calls = []


@functools.lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    square(n)
print(calls, square.cache_info())
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache
def no_parens(x):
    calls.append(("np", x))
    return x


calls.clear()
no_parens(1)
no_parens(1)
no_parens(1.0)
print(calls, no_parens.cache_info())


@functools.lru_cache(typed=True)
def typed(x):
    calls.append(("typed", type(x).__name__))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(True)
typed(1)
print(calls, typed.cache_info().currsize)


@functools.lru_cache()
def kw(a, b=0):
    calls.append(("kw", a, b))
    return a + b


calls.clear()
kw(1, 2)
kw(1, b=2)
kw(a=1, b=2)
kw(b=2, a=1)
kw(1, 2)
print(calls, kw.cache_info())

try:
    kw([1], 2)
except TypeError as e:
    print(type(e).__name__, e)


@functools.cache
def unbounded(x):
    calls.append(("cache", x))
    return -x


calls.clear()
print([unbounded(i % 3) for i in range(9)], calls, unbounded.cache_info())
print(unbounded.__wrapped__(5), unbounded.__name__, unbounded.cache_info().hits)


@functools.lru_cache(maxsize=0)
def never(x):
    return x


never(1)
never(1)
print(never.cache_info())


@functools.lru_cache(maxsize=2)
def failing(x):
    calls.append(("fail", x))
    raise ValueError(f"bad {x}")


calls.clear()
for _ in range(2):
    try:
        failing(1)
    except ValueError as e:
        print(type(e).__name__, e)
print(calls, failing.cache_info())


class Thing:
    def __init__(self, v):
        self.v = v

    @functools.lru_cache(maxsize=4)
    def doubled(self, k):
        calls.append(("method", self.v, k))
        return self.v * k


calls.clear()
t = Thing(3)
print(t.doubled(2), t.doubled(2), Thing(3).doubled(2), calls, Thing.doubled.cache_info())
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)
