# Rich comparisons: __eq__/__ne__/__lt__/__le__/__gt__/__ge__, reflection
# (a < b falling back to b > a), NotImplemented, default __ne__ inverting
# __eq__, comparison errors, sorting with __lt__, chained comparisons,
# functools.total_ordering filling in the missing methods.
import functools

calls = []


class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v})"

    def __eq__(self, other):
        calls.append(f"{self!r}.__eq__({other!r})")
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v

    def __lt__(self, other):
        calls.append(f"{self!r}.__lt__({other!r})")
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v

    def __gt__(self, other):
        calls.append(f"{self!r}.__gt__({other!r})")
        if not isinstance(other, V):
            return NotImplemented
        return self.v > other.v


a, b = V(1), V(2)
print(a < b, a > b, a == V(1), a != V(1), a != b)
print(calls)
calls.clear()
print(a == 1, 1 == a, a != "x")
print(calls)
calls.clear()
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
print(calls)
calls.clear()
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(4)]), min(V(9), V(7)))
calls.clear()
print(V(1) < V(2) < V(3), V(1) < V(3) < V(2))
print(calls)


class Sub(V):
    def __lt__(self, other):
        return "Sub.__lt__"

    def __gt__(self, other):
        return "Sub.__gt__"


print(V(1) < Sub(2), Sub(1) < V(2), V(1) > Sub(0))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


x, y = Version(1, 2), Version(1, 10)
print(x < y, x <= y, x > y, x >= y, x == y, x != y, x <= Version(1, 2), x >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1, 10, 1)]))
print(sorted(k for k in vars(Version) if k in ("__le__", "__gt__", "__ge__", "__lt__")))
try:
    x >= 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)


@functools.total_ordering
class FromGt:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n

    def __eq__(self, other):
        return self.n == other.n


print(FromGt(1) < FromGt(2), FromGt(1) >= FromGt(2), FromGt(3) <= FromGt(3))


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)


class WeirdEq:
    def __eq__(self, other):
        return "yes"

    def __ne__(self, other):
        return 0


print(WeirdEq() == 1, WeirdEq() != 1, [WeirdEq()] == [1], WeirdEq() in [1, 2])
