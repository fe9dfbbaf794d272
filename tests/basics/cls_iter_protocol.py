# Iterator protocol on classes: __iter__ returning self with __next__,
# separate iterable/iterator classes, StopIteration ending for loops,
# iterators being exhausted, __reversed__ used by reversed(), __contains__
# used by `in` (and fallbacks), __iter__ = None making objects
# non-iterable, __iter__ returning a non-iterator.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c), list(c), next(Countdown(1)))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, e.value)


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iter(self.n)

    def __reversed__(self):
        print("  __reversed__ called")
        return iter(range(self.n - 1, -1, -1))

    def __contains__(self, item):
        print("  __contains__", item)
        return isinstance(item, int) and 0 <= item < self.n

    def __len__(self):
        return self.n


class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1

    def __iter__(self):
        return self


r = Range2(4)
print(list(r), list(r), sum(r), list(reversed(r)), 2 in r, 7 not in r, "a" in r)
print([(x, y) for x in Range2(2) for y in Range2(2)])
it = iter(r)
print(next(it), next(it), list(it), next(it, "done"))


class GenIter:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        for item in self.data:
            yield item * 2


print(list(GenIter([1, 2])), type(iter(GenIter([]))).__name__, dict(zip(GenIter("ab"), Range2(2))))


class NoContains:
    def __iter__(self):
        print("  iterating for in")
        return iter([1, 2, 3])


print(2 in NoContains(), 5 in NoContains())


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return [1, 2]


try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class NoNext:
    def __iter__(self):
        return self


try:
    list(NoNext())
except TypeError as e:
    print(type(e).__name__, e)


class ReversedNone:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(ReversedNone())
except TypeError as e:
    print(type(e).__name__, e)


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]


print(list(reversed(SeqOnly())), list(SeqOnly()), "b" in SeqOnly())


class ContainsTruthy:
    def __contains__(self, item):
        return [item]


print(1 in ContainsTruthy(), 1 not in ContainsTruthy())

try:
    reversed(Countdown(2))
except TypeError as e:
    print(type(e).__name__, e)
