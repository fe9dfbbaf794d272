# Sequence unpacking in assignments and for loops: tuples/lists/strings/
# dicts/sets/generators/iterators as sources, nested patterns, starred
# targets at every position (also empty), starred nested, attribute and
# subscript targets inside patterns, evaluation order of targets, swapping.
a, b = 1, 2
print(a, b)
(a, b), c = [3, 4], 5
print(a, b, c)
[a, [b, [c, d]]] = (1, (2, (3, 4)))
print(a, b, c, d)
x, y, z = "xyz"
print(x, y, z)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
(v1, v2), = [(7, 8)]
print(v1, v2)
single, = [42]
print(single)
[only] = "q"
print(only)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = [1, 2]
print(head, middle, tail)
head, *middle, tail = (1, 2, 3, 4, 5)
print(head, middle, tail)
*everything, = (i * 2 for i in range(3))
print(everything)
(a, *b), *c = "ab", "cd", "ef"
print(a, b, c)
a, (b, *c), d = 1, [2, 3, 4, 5], 6
print(a, b, c, d)
it = iter([10, 20, 30])
p, q, r = it
print(p, q, r)


class Obj:
    pass


o = Obj()
lst = [0, 0, 0]
o.name, lst[1], lst[-1:] = "n", "mid", ["new", "tail"]
print(o.name, lst)
order = []


class Tracer:
    def __setitem__(self, k, v):
        order.append(f"set[{k}]={v}")

    def __setattr__(self, k, v):
        order.append(f"set.{k}={v}")


t = Tracer()
t[0], t.a, (t[1], t.b) = "A", "B", ("C", "D")
print(order)
m, n = 1, 2
m, n = n, m
print(m, n)
m, n, o2 = n, o2 if False else 9, m
print(m, n, o2)
i = 0
items = [0, 0, 0]
i, items[i] = 2, "set"
print(i, items)
for idx, (letter, number) in enumerate([("a", 1), ("b", 2)]):
    print(idx, letter, number)
for (x1, y1), (x2, y2) in [((0, 0), (1, 1)), ((2, 3), (4, 5))]:
    print(x2 - x1, y2 - y1)
for first, *others in ["abc", "d", "ef"]:
    print(first, others)
for key, value in sorted({"z": 26, "a": 1}.items()):
    print(key, value)
data = {"point": (3, 4)}
(px, py) = data["point"]
print(px, py)
a = b = c = 0
a, b = b, a = 1, 2
print(a, b)
s1, s2 = sorted({5, 1})
print(s1, s2)
matrix = [[1, 2], [3, 4]]
[[a11, a12], [a21, a22]] = matrix
print(a11 * a22 - a12 * a21)
