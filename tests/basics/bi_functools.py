# functools: reduce (initial, empty input error), partial (positional and
# keyword binding, overriding keywords, nested partials, repr-free checks),
# lru_cache (hits/misses via cache_info, maxsize eviction order, typed,
# cache_clear), cache, wraps (metadata copied, __wrapped__), cmp_to_key,
# total_ordering, singledispatch (registration by type and annotation, MRO
# dispatch), cached_property, and partialmethod.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 10),
      functools.reduce(lambda acc, x: acc + [x * 2], "ab", []), functools.reduce(max, [3], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exponent, *, mod=None):
    return pow(base, exponent, mod)


square = functools.partial(power, exponent=2)
cube_mod = functools.partial(power, exponent=3, mod=5)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(4), two_to(10), two_to(10, mod=1000), square(3, exponent=3))
nested = functools.partial(functools.partial(power, 3), mod=7)
print(nested(4), nested.func is power, nested.args, nested.keywords)
try:
    two_to()
except TypeError as e:
    print("TypeError", e)

calls = []


@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


for n in (1, 2, 1, 3, 1, 2):
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow(4), calls[-1])


@functools.lru_cache(typed=True)
def typed(x):
    calls.append(repr(x))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print(calls, typed.cache_info().currsize)


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits, fib.cache_info().misses)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("logged", fn(*args, **kwargs))
    return wrapper


@logged
def greet(name):
    """Say hello."""
    return f"hi {name}"


print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__("raw"), greet.__qualname__)


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare_len_then_alpha)))


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


v1, v2 = Version("1.10"), Version("1.9")
print(v1 > v2, v1 <= v2, v1 >= Version("1.10"), sorted([v1, v2, Version("0.1")]), max(v1, v2))


@functools.singledispatch
def describe(obj):
    return f"object {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}"


@describe.register
def _(obj: bool):
    return f"bool {obj}"


print(describe(5), describe(True), describe([1, 2]), describe((1,)), describe("s"), describe(2.5))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in vars(c))
del c.area
print(c.area, c.computed)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value):
        self.state = value

    set_on = functools.partialmethod(set_state, True)
    set_off = functools.partialmethod(set_state, False)


cell = Cell()
cell.set_on()
print(cell.state, end=" ")
cell.set_off()
print(cell.state)
