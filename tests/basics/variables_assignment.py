# Assignment forms: chained, tuple and nested unpacking, starred targets,
# swaps, augmented assignment on names, subscripts and slices.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
n <<= 4
n >>= 1
n |= 1
n &= 0xFF
n ^= 0x0F
print("n", n)
s = "ab"
s += "cd"
s *= 2
print(s)
items = [1, 2, 3]
alias = items
items += [4]
print(items, alias, items is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
d = {"k": 1}
d["k"] += 10
d["new"] = d.get("new", 0) + 1
print(d)
grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 9
grid[0][0] += 4
print(grid)
lst = list(range(10))
lst[2:5] = ["x"]
lst[-2:] = []
lst[::2] = lst[::2][::-1]
print(lst)
i = j = 0
i += 1
print(i, j)
