# yield from: delegation to sub-generators (their yields pass through and
# their return value becomes the value of the expression), to plain
# iterables (lists, strings, ranges, dicts, sets of one element, custom
# iterators, generator expressions), chains of delegation, and errors for
# non-iterables.
def inner(tag):
    yield f"{tag}-1"
    yield f"{tag}-2"
    return f"{tag} result"


def outer():
    first = yield from inner("a")
    print("  outer got", first)
    second = yield from inner("b")
    print("  outer got", second)
    return first + " & " + second


g = outer()
print(list(g))
g = outer()
for item in g:
    pass
try:
    next(g)
except StopIteration as e:
    print("value after exhaustion:", e.value)


def driver():
    result = yield from outer()
    yield "driver saw: " + result


print(list(driver()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def from_iterables():
    r1 = yield from [1, 2]
    r2 = yield from "ab"
    r3 = yield from range(3, 5)
    r4 = yield from {"k": 1}
    r5 = yield from (x * x for x in range(3))
    r6 = yield from Countdown(2)
    r7 = yield from ()
    yield (r1, r2, r3, r4, r5, r6, r7)


print(list(from_iterables()))


def returns_without_yield():
    return "immediate"
    yield


def delegate_to_empty():
    value = yield from returns_without_yield()
    yield value


print(list(delegate_to_empty()))


def bad_delegate(obj):
    yield "before"
    yield from obj


b = bad_delegate(5)
print(next(b))
try:
    next(b)
except TypeError as e:
    print(type(e).__name__, e)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1], "xy", range(2), chain([9], [8]))))


def flatten(value):
    if isinstance(value, list):
        for item in value:
            yield from flatten(item)
    else:
        yield value


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def counting():
    n = yield from inner("c")
    n2 = yield from inner("d")
    return [n, n2]


def collect_returns():
    results = yield from counting()
    return results


gen = collect_returns()
seen = []
while True:
    try:
        seen.append(next(gen))
    except StopIteration as e:
        print(seen, e.value)
        break


class StopWithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("custom iterator value")


def from_custom_stop():
    v = yield from StopWithValue()
    yield v


print(list(from_custom_stop()))
