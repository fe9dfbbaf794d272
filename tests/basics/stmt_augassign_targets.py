# Augmented assignment on attributes, subscripts and slices: the target's
# container and index are evaluated once, __getitem__/__setitem__ and
# __getattr__/__setattr__ are each called once, in the right order;
# dict/list/nested targets; slices with += and *=.
log = []


class Box:
    def __init__(self):
        object.__setattr__(self, "data", {"v": 1})

    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return self.data[name]

    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value}")
        self.data[name] = value


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, key):
        log.append(f"getitem {key!r}")
        return self.items[key]

    def __setitem__(self, key, value):
        log.append(f"setitem {key!r}={value!r}")
        self.items[key] = value


def trace(label, value):
    log.append(f"eval {label}")
    return value


box = Box()
trace("box", box).v += trace("rhs", 10)
print(log, box.data)
log.clear()
seq = Seq([1, 2, 3, 4, 5])
trace("seq", seq)[trace("idx", 1)] *= trace("rhs", 7)
print(log, seq.items)
log.clear()
seq[1:3] += [99]
print(log, seq.items)
log.clear()
seq[::2] = [0, 0, 0]
print(log, seq.items)
log.clear()
d = {"a": 1, "b": [1]}
d["a"] += 1
d["b"] += [2]
d["b"][0] -= 10
d.setdefault("c", 0)
d["c"] |= 6
print(d)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
    counts.setdefault("total", 0)
    counts["total"] += 1
print(counts)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[j][i] *= 2
print(grid)
lst = [1, 2, 3, 4, 5, 6]
lst[1:4] += ["x"]
print(lst)
lst[:2] *= 2
print(lst)
lst[-1:] += lst[:1]
print(lst)


class Obj:
    pass


o = Obj()
o.n = 1
o.n += 1
o.n **= 10
o.s = "a"
o.s += "b"
o.inner = Obj()
o.inner.items = []
o.inner.items += "xy"
print(o.n, o.s, o.inner.items)
try:
    o.missing += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d["zz"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    lst[100] += 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] += "x"
except TypeError as e:
    print(type(e).__name__, e)
keys = iter(["k1", "k2"])
store = {"k1": 0, "k2": 0}
store[next(keys)] += 5
store[next(keys)] += 6
print(store)
idx = 0


def next_index():
    global idx
    idx += 1
    return idx - 1


arr = [10, 20, 30]
arr[next_index()] += 1
arr[next_index()] += 1
print(arr, idx)
