# with, assert, global, walrus, chained and augmented assignments, del.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return self.swallow
with CM("a") as a, CM("b"):
    print("inside", a.name)
with CM("c", swallow=True):
    raise KeyError("swallowed")
try:
    with CM("d"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
def early():
    with CM("e"):
        return "returned"
print(early())
try:
    assert counter == 3, "counter is %d" % counter
except AssertionError as e:
    print("assert:", e)
assert counter == 2
if (n := len("hello")) > 3:
    print("walrus", n)
x = y = z = 5
print(x, y, z)
class Obj:
    pass
o = Obj()
o.v = 1
o.v += 2
lst = [1, 2, 3]
lst[1] += 10
lst[0:2] = [7, 8, 9]
print(o.v, lst)
del lst[0:1]
print(lst)
d = {}
d.setdefault("k", []).append(1)
print(d)
t = 1,
print(t, type(t).__name__)
print(isinstance(3, int), isinstance("s", (int, str)), hasattr(o, "v"))
i = 10
while i := i - 3:
    if i < 0:
        break
    print("w", i)
