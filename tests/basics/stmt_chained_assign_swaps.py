# Chained assignment (a = b = c) evaluates the right side once and assigns
# targets left to right (visible with side-effecting targets); shared
# mutable objects; swaps and rotations with tuple assignment, including
# swaps through subscripts/attributes where order matters; augmented
# assignment is not chainable.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
log = []


class Recorder:
    def __setitem__(self, k, v):
        log.append(f"[{k}]={v}")

    def __setattr__(self, k, v):
        log.append(f".{k}={v}")


def value():
    log.append("rhs evaluated")
    return "V"


r = Recorder()
r[1] = r.attr = r[2] = value()
print(log)
log.clear()
first, second = pair = (1, 2)
print(first, second, pair)
items = [0, 0, 0]
i = 0
i = items[i] = 2
print(i, items)
items = [0, 0, 0]
i = 0
items[i] = i = 2
print(i, items)
p, q = 1, 2
p, q = q, p
print(p, q)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
lst = [0, 1, 2]
k = 0
k, lst[k] = 1, "x"
print(k, lst)
lst = [3, 1, 2]
lst[lst[0] - 2], lst[0] = "y", 0
print(lst)


class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt


head = Node(1, Node(2, Node(3)))
prev = None
cur = head
while cur:
    cur.nxt, prev, cur = prev, cur, cur.nxt
out = []
while prev:
    out.append(prev.v)
    prev = prev.nxt
print("reversed list", out)
fib_a, fib_b = 0, 1
for _ in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
d = {}
d["x"] = d["y"] = d
print(d["x"] is d, sorted(d))
m = n = o = 0
m, n = n, m = 1, 2
print(m, n)
try:
    exec("u = v += 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("(w := 1) = 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
s = t = "str"
s += "!"
print(s, t)
tup1 = tup2 = (1,)
tup1 += (2,)
print(tup1, tup2)
l1 = l2 = [1]
l1 += [2]
print(l1, l2)
