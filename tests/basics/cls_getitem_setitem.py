# __getitem__/__setitem__/__delitem__: integer and slice keys (slice
# objects received), negative indexes handled by the class, tuple keys for
# grids, IndexError/KeyError propagation, iteration falling back to
# __getitem__ until IndexError, `in` falling back to iteration.
class Recorder:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


r = Recorder()
print(r[0], r[-1], r["k"], r[1:2], r[::2], r[1:2, 3], r[...], r[:, None])
r[0] = "a"
r[1:3] = [1, 2]
r["x", "y"] = 5
del r[2]
del r[::3]


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]

    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y) tuples, not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return x, y

    def __getitem__(self, key):
        x, y = self._check(key)
        return self.cells[y][x]

    def __setitem__(self, key, value):
        x, y = self._check(key)
        self.cells[y][x] = value

    def __delitem__(self, key):
        x, y = self._check(key)
        self.cells[y][x] = 0


g = Grid(3, 2)
g[1, 1] = 5
g[2, 0] += 7
print(g.cells, g[1, 1])
del g[1, 1]
print(g.cells)
for key in [(5, 0), 3, (1, 2, 3)]:
    try:
        g[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


sq = Squares(5)
print(sq[2], sq[-1], sq[1:4], sq[::-2], list(sq), 16 in sq, 5 in sq)
print(sorted(sq, reverse=True), list(reversed([x for x in sq])))
a, b, *rest = sq
print(a, b, rest)
try:
    sq[10]
except IndexError as e:
    print(type(e).__name__, e)


class ReadOnly:
    def __getitem__(self, k):
        return k


try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)


class KeyErrorMap:
    def __getitem__(self, k):
        raise KeyError(k)


try:
    KeyErrorMap()["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    list(KeyErrorMap())
except KeyError as e:
    print("iteration stops only on IndexError:", type(e).__name__, e)

print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-2, None).indices(4))
