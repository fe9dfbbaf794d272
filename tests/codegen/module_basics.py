# Module-level code: variables, operations, comparisons, containers.
x = 10
y = x * 3 - 4
print(x, y, x / 4, x // 3, x % 3, -x, +x, ~x, x ** 2, x << 2, x >> 1, x & 6, x | 5, x ^ 3)
print(1.5 + 2, 2.0 * 3.5, 7.0 / 2, 2 ** -1)
s = "abc"
print(s + "def", s * 2, s[1], s[-1], s[1:], s[:2], s[::-1], len(s))
t = (1, 2, 3)
l = [4, 5, 6]
d = {"a": 1, "b": 2}
e = {1, 2, 3}
print(t, l, d, e, (), [], {})
print(t[0], l[-1], d["b"], 2 in e, 7 not in e, x is None, x is not None)
print(x < y, x <= y, x > y, x >= y, x == 10, x != 10, 1 < 2 < 3, 3 < 2 < 1)
print(not x, not 0, x and y, 0 and y, x or y, 0 or y, "" or "z")
print(x if y > 0 else -1, 5 if not y else 6)
l[0] = 40
d["c"] = 3
print(l, d)
del l[0], d["a"]
print(l, d)
z = [i for i in range(0)]
a, b = 1, 2
a, b = b, a
print(a, b)
q = [1, 2, 3]
first, *rest = q
print(first, rest)
x += 5
x -= 1
x *= 2
print(x)
import sys
print(sys.argv[1:], __name__, __file__.endswith(".py"))
print(f"{x} {x!r} {x:>5} {s!r:^9} {3.14159:.2f} {'q'!a}")
w = 8
print(f"{x:>{w}}|")
print(1 < 2 == 2, (1, 2) < (1, 3), [1] == [1])
big = 2 ** 100
print(big, big * big, -big // 7, big % 1000)
