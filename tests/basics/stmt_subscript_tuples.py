# Subscripting with tuples and complex keys: x[a, b] passes a tuple,
# x[(a, b)] is the same, x[a:b, c] passes a tuple with slices, x[()] an
# empty tuple, dict keyed by tuples, __class_getitem__ on classes, generic
# aliases like list[int], and __getitem__/__setitem__/__delitem__ seeing
# identical keys; errors from tuple indices on lists.
class Probe:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("  set", key, value)

    def __delitem__(self, key):
        print("  del", key)


p = Probe()
print(p[1, 2], p[(1, 2)], p[1, 2] == p[(1, 2)], p[1,], p[()], p[(1,)])
print(p[1:2, 3], p[:, :], p[::2, ..., None], p[1:2:3, -1], p[[1, 2]])
print(p["a", "b", "c"], p[(1, 2), 3], p[1, (2, 3)], p[{"k"}.pop(),])
p[1, 2] = "tuple key"
p[::2, 0] = "mixed"
p[()] = "empty"
del p[1, 2, 3]
del p[:, None]
grid = {}
for r in range(2):
    for c in range(2):
        grid[r, c] = r * 2 + c
print(grid, grid[1, 0], grid[(0, 1)], (1, 1) in grid)
grid[0, 0] += 10
del grid[1, 1]
print(grid)
matrix = [[1, 2, 3], [4, 5, 6]]
text, pair = "abc", (1, 2)
for label, thunk in (("list[1, 2]", lambda: matrix[1, 2]), ("list[()]", lambda: matrix[()]),
                     ("str[0, 1]", lambda: text[0, 1]), ("tuple[1:2, 0]", lambda: pair[1:2, 0]),
                     ("dict[[1]]", lambda: grid[[0, 0]]), ("missing key", lambda: grid[5, 5])):
    try:
        print(label, thunk())
    except (TypeError, KeyError) as e:
        print(label, type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Generic[int], Generic[1, 2], Generic["x":"y"])


class Both:
    def __class_getitem__(cls, item):
        return "class", item

    def __getitem__(self, item):
        return "instance", item


print(Both[0], Both()[0])
import operator
print(operator.itemgetter(1, 0)("ab"), operator.itemgetter((1, 0))({(1, 0): "tuple key"}))
key = 1, 2
print(grid.get(key, "absent"), p[key], p[*key], p[*key, 3], p[0, *key], p[*key,], p[*[]])
coords = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(sorted(coords.items())[:4], coords[2, 1])
