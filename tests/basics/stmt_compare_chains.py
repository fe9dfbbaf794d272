# Comparison chains: each middle operand evaluated exactly once, chain
# short-circuits at the first false link (later operands not evaluated),
# mixed operators in one chain (< == in is), rich comparison methods
# returning non-bools, and TypeErrors in the middle of a chain.
log = []


def v(x):
    log.append(x)
    return x


def show(label, result):
    print(f"{label:<28} {result!r:<8} {log}")
    log.clear()


show("1 < 2 < 3", v(1) < v(2) < v(3))
show("1 < 3 < 2", v(1) < v(3) < v(2))
show("3 < 1 < 2 (stops)", v(3) < v(1) < v(2))
show("1 == 1 == 1.0", v(1) == v(1) == v(1.0))
show("1 < 2 > 0 != 5", v(1) < v(2) > v(0) != v(5))
show("2 in [1,2] in [[1,2]]", v(2) in v([1, 2]) in v([[1, 2]]))
show("None is None is not 0", v(None) is v(None) is not v(0))
show("1 <= 1 >= 1 == 1", v(1) <= v(1) >= v(1) == v(1))
show("a < b < c < d < e", v(1) < v(2) < v(3) < v(2) < v(5))
show("'a' < 'b' <= 'b' < 'ba'", v("a") < v("b") <= v("b") < v("ba"))
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6, not 0 < x < 3, (0 < x) < 3, 0 < (x < 3))
print([1, 2] < [1, 3] < [2], (1, 2) == (1, 2) != (1, 3), [] < [0] < [0, 0])
print(1 < 2 == True, (1 < 2) == True, 3 > 2 > 1, (3 > 2) > 1)


class Weird:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        log.append(f"{self.name}<{getattr(other, 'name', other)}")
        return f"lt({self.name})"

    def __bool__(self):
        return False

    def __repr__(self):
        return f"Weird({self.name})"


class Falsy:
    def __lt__(self, other):
        log.append("falsy lt")
        return Weird("result")


a, b, c = Weird("a"), Weird("b"), Weird("c")
show("a < b (non-bool)", a < b)
show("a < b < c", a < b < c)
show("Falsy() < 1 < c", Falsy() < v(1) < c)
print(sorted([3, 1, 2], key=lambda n: -n), 1 < 2 < 3 < 4 < 5 < 6 < 7 < 8)
for left, right in ((1, "a"), ([1], (1,)), (None, 0), ({1}, [1])):
    try:
        print(left < right)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(v(1) < v(2) < v("x") < v(3))
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
print({1, 2} < {1, 2, 3} <= {1, 2, 3}, {1} < {2}, {1} > {2}, {1} == {1.0})
nan = float("nan")
print(nan < 1 or nan >= 1, nan == nan, nan != nan, 1 < nan < 2, [nan] == [nan])
print(1 == 1.0 == True == 1 + 0j, "1" == 1, b"a" == "a", (1,) == [1])
values = [v(i) for i in range(3)]
log.clear()
print([n for n in range(10) if 2 < n <= 6], all(0 <= n < 3 for n in values))
lo, hi = 10, 20
checks = [lo <= n < hi for n in (9, 10, 19, 20)]
print(checks)
