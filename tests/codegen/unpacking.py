# Unpacking: tuples, lists, iterators, nested targets, starred targets, and
# every error message.
a, b = 1, 2
(c, d), e = [3, 4], 5
f, *g = "xyz"
*h, i = range(4)
j, *k, l = (1, 2, 3, 4, 5)
print(a, b, c, d, e, f, g, h, i, j, k, l)
for key, value in {"p": 1, "q": 2}.items():
    print(key, value)
for x, (y, z) in [(1, (2, 3))]:
    print(x, y, z)
def gen():
    yield 1
    yield 2
m, n = gen()
print(m, n)
class Seq:
    def __getitem__(self, index):
        if index < 3:
            return index * 10
        raise IndexError(index)
o, p, q = Seq()
print(o, p, q)
items = [1, 2]
r, s = items
items.append(3)
print(r, s)
for bad in [lambda: [t, u] == 0 for t, u in [(1,)]][0:0] + [
        lambda: exec("v, w = 1, 2, 3"),
]:
    pass
def unpack(value, kind):
    try:
        if kind == 2:
            v, w = value
            return v, w
        if kind == 3:
            v, w, x = value
            return v, w, x
        v, *w, x = value
        return v, w, x
    except (ValueError, TypeError) as error:
        return repr(error)
for value in [(1,), (1, 2, 3), [1], [1, 2, 3], "ab", "abcd", 5, None, iter([1]), {1: 2}]:
    print(unpack(value, 2), unpack(value, 3), unpack(value, 0))
