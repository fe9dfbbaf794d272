# Reading, writing and deleting container[index] for lists, tuples, dicts
# (and their subclasses), str/bytes/bytearray/range/memoryview: index edges
# (0, last, len, negative, -len-1, bools, int subclasses, __index__, huge
# ints), the exact IndexError/KeyError/TypeError messages, slices, and
# identity of returned items -- everything a specialised fast path for an
# exact list/tuple/dict with a small int key must get right.

import collections


def show_get(label, container, index):
    try:
        result = container[index]
    except Exception as e:
        print(label, "[%r]" % (index,), "->", type(e).__name__, repr(e.args))
    else:
        print(label, "[%r]" % (index,), "->", type(result).__name__,
              repr(result))


class MyInt(int):
    pass


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Idx(%r)" % (self.v,)


class BadIdx:
    def __index__(self):
        return "not an int"

    def __repr__(self):
        return "BadIdx()"


INDEXES = [0, 1, 2, 3, 4, 5, -1, -2, -4, -5, -6, True, False, MyInt(2),
           MyInt(-1), Idx(3), Idx(-5), Idx(9), BadIdx(), 2**30, -(2**30),
           2**31, 2**62, -(2**62), 2**63, -(2**63) - 1, 10**30, -(10**30),
           1.0, 0.5, "0", b"0", None, (0,), [0]]

data_list = [10, "twenty", 30.5, None, (5,)]
data_tuple = (10, "twenty", 30.5, None, (5,))
for index in INDEXES:
    show_get("list", data_list, index)
    show_get("tuple", data_tuple, index)
for index in [0, -1, 1, 2**62]:
    show_get("empty list", [], index)
    show_get("empty tuple", (), index)


# The same reads with a literal index in a function, where the compiler
# sees a constant subscript on a local.
def constant_indexes(lst, tup):
    print("const", lst[0], lst[4], lst[-1], lst[-5], tup[0], tup[4],
          tup[-1], tup[-5], lst[True], tup[False])
    for getter in (lambda: lst[5], lambda: lst[-6], lambda: tup[5],
                   lambda: tup[-6], lambda: lst[2**62], lambda: tup[10**30],
                   lambda: lst[1.0], lambda: tup["x"], lambda: lst[None]):
        try:
            getter()
        except (IndexError, TypeError) as e:
            print("const", type(e).__name__, e)


constant_indexes(data_list, data_tuple)


def loop_indexes(seq):
    total = []
    i = 0
    while True:
        try:
            total.append(seq[i])
        except IndexError as e:
            print("loop stopped at", i, "-", e)
            break
        i += 1
    i = -1
    while True:
        try:
            total.append(seq[i])
        except IndexError as e:
            print("loop stopped at", i, "-", e)
            break
        i -= 1
    return total


print(loop_indexes([1, 2, 3]))
print(loop_indexes((4, 5)))
print(loop_indexes("xyz"))
print(loop_indexes(range(7, 10)))


# Subclasses of list and tuple, with and without __getitem__.
class PlainList(list):
    pass


class PlainTuple(tuple):
    pass


class GetList(list):
    def __getitem__(self, index):
        return ("GetList", index, list.__getitem__(self, index))

    def __setitem__(self, index, value):
        print("  GetList.__setitem__", index, value)
        list.__setitem__(self, index, value * 2)

    def __delitem__(self, index):
        print("  GetList.__delitem__", index)
        list.__delitem__(self, index)


class GetTuple(tuple):
    def __getitem__(self, index):
        if isinstance(index, int) and index >= len(self):
            return "GetTuple default"
        return ("GetTuple", tuple.__getitem__(self, index))


for label, obj in [("PlainList", PlainList([1, 2, 3])),
                   ("PlainTuple", PlainTuple((1, 2, 3))),
                   ("GetList", GetList([1, 2, 3])),
                   ("GetTuple", GetTuple((1, 2, 3)))]:
    for index in [0, 2, 3, -1, -4, True, MyInt(1), Idx(1), 2**62, 10**30,
                  "a", slice(0, 2)]:
        show_get(label, obj, index)

gl = GetList([1, 2, 3])
gl[0] = 5
gl[-1] = "z"
del gl[1]
print("GetList after writes", list(gl), type(gl).__name__)
try:
    gl[7] = 1
except IndexError as e:
    print("GetList IndexError", e)
pl = PlainList([1, 2, 3])
pl[1] = "b"
del pl[0]
print("PlainList after writes", pl, type(pl).__name__)


# Dicts: present and missing keys, tuple keys, unhashable keys, and
# keys that compare equal across types.
def show_key_error(label, container, key):
    try:
        result = container[key]
    except KeyError as e:
        print(label, "KeyError", repr(e.args), str(e), repr(e))
    except TypeError as e:
        print(label, "TypeError", e)
    else:
        print(label, "->", repr(result))


d = {"a": 1, 2: "two", (1, 2): "pair", None: "none", 3.5: "float",
     frozenset([1]): "fs", b"k": "bytes", -1: "minus", 2**62: "wide",
     10**30: "huge"}
for key in ["a", 2, 2.0, True, 1, (1, 2), (1, 2, 3), (), None, 3.5,
            frozenset([1]), b"k", "k", -1, 2**62, 10**30, 10**30 + 1,
            MyInt(2), "missing", [1], {1: 2}, {1}, bytearray(b"k"),
            ((1, 2),), (None,), ("a", [1])]:
    show_key_error("dict", d, key)

empty = {}
for key in [0, "x", (1, 2), (), ((),)]:
    show_key_error("empty dict", empty, key)

try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError((1,2))", e, e.args, repr(e))
try:
    {}[()]
except KeyError as e:
    print("KeyError(())", e, e.args, repr(e))
try:
    {}["quote'd"]
except KeyError as e:
    print("KeyError str", e, e.args)


class Missing(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        if key == "raise":
            raise KeyError("custom", key)
        return ("default", key)


m = Missing(a=1)
show_key_error("Missing", m, "a")
show_key_error("Missing", m, "b")
show_key_error("Missing", m, (1, 2))
show_key_error("Missing", m, "raise")
show_key_error("Missing", m, [1])
print("Missing after reads", sorted(m.items()))
print("Missing get", m.get("zz"), "zz" in m)


class GetDict(dict):
    def __getitem__(self, key):
        return ("GetDict", key, dict.get(self, key))


show_key_error("GetDict", GetDict(a=1), "a")
show_key_error("GetDict", GetDict(a=1), "q")

dd = collections.defaultdict(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"]
print("defaultdict", sorted(dd.items()), len(dd))
di = collections.defaultdict(int)
for ch in "abracadabra":
    di[ch] += 1
print("defaultdict(int)", sorted(di.items()))
nodefault = collections.defaultdict()
show_key_error("defaultdict(None)", nodefault, "k")
show_key_error("defaultdict(None)", nodefault, (1, 2))

od = collections.OrderedDict([("z", 1), ("a", 2)])
od["m"] = 3
od["z"] = 4
print("OrderedDict", list(od.items()), od["a"])
show_key_error("OrderedDict", od, "nope")
del od["a"]
print("OrderedDict after del", list(od.items()))

counter = collections.Counter("mississippi")
print("Counter", counter["s"], counter["i"], counter["q"],
      sorted(counter.items()))
counter["q"] += 2
counter["s"] -= 10
print("Counter after", sorted(counter.items()))
show_key_error("Counter unhashable", counter, ["x"])


# Strings, bytes, bytearray, range and memoryview.
text = "héllo"
raw = b"bytes"
buf = bytearray(b"array")
rng = range(10, 20, 3)
mv = memoryview(b"view")
mv_ints = memoryview(bytearray(b"\x01\x02\x03\x04")).cast("H")
for label, obj in [("str", text), ("bytes", raw), ("bytearray", buf),
                   ("range", rng), ("memoryview", mv),
                   ("memoryview H", mv_ints), ("empty str", ""),
                   ("big range", range(-2**62, 2**62, 2**60))]:
    for index in [0, 1, -1, 4, 5, -5, -6, True, MyInt(1), Idx(2), 2**62,
                  10**30, 1.0, "0", None]:
        show_get(label, obj, index)

print("str items", text[0] is text[0], text[1], repr(text[-1]))
print("range huge", range(10**30)[10**29], range(0, 10**30, 7)[-1])
show_get("range huge", range(10**30), 10**30)
show_get("range huge", range(10**30), -(10**30) - 1)


# Slices.
seq_list = list(range(10))
seq_tuple = tuple(range(10))
for label, obj in [("list", seq_list), ("tuple", seq_tuple),
                   ("str", "abcdefghij"), ("bytes", b"abcdefghij"),
                   ("bytearray", bytearray(b"abcdefghij")),
                   ("range", range(10))]:
    print(label, obj[2:5], obj[:3], obj[7:], obj[-3:], obj[:-7], obj[::2],
          obj[::-1], obj[8:2:-2], obj[-100:100], obj[5:5], obj[9:1],
          obj[True:MyInt(3)], obj[Idx(1):Idx(4)], obj[2**62:],
          obj[-(10**30):2], obj[None:None:3])
    for bad in [slice(0, 5, 0), slice(1.5, 3), slice("a", None),
                slice(None, None, 10**30)]:
        show_get(label, obj, bad)
print("memoryview slice", mv[1:3].tobytes(), mv[::-1].tobytes(),
      mv[10:].tobytes())
s = slice(1, 8, 3)
print("slice object", seq_list[s], seq_tuple[s], s.indices(5))
copy = seq_list[:]
print("copy", copy == seq_list, copy is seq_list)
tcopy = seq_tuple[:]
print("tuple full slice is same", tcopy is seq_tuple)


# Identity of returned items.
class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Thing(%s)" % self.name


obj_a = Thing("a")
obj_b = Thing("b")
holder = [obj_a, obj_b]
tholder = (obj_a, obj_b)
dholder = {"a": obj_a, 1: obj_b}
print("identity", holder[0] is obj_a, holder[-1] is obj_b,
      tholder[1] is obj_b, tholder[-2] is obj_a, dholder["a"] is obj_a,
      dholder[1] is obj_b, dholder[True] is obj_b,
      holder[MyInt(0)] is obj_a, tholder[Idx(1)] is obj_b)
nested = [[obj_a], ([obj_b],)]
print("nested identity", nested[0][0] is obj_a, nested[1][0][0] is obj_b,
      nested[-1][-1][-1] is obj_b)


# Writes and deletes.
def show_set(label, container, index, value):
    try:
        container[index] = value
    except Exception as e:
        print(label, "[%r] =" % (index,), repr(value), "->",
              type(e).__name__, e)
    else:
        if isinstance(container, memoryview):
            container = container.tobytes()
        print(label, "[%r] =" % (index,), repr(value), "->", container)


def show_del(label, container, index):
    try:
        del container[index]
    except KeyError as e:
        print(label, "del [%r] -> KeyError" % (index,), repr(e.args))
    except Exception as e:
        print(label, "del [%r] ->" % (index,), type(e).__name__, e)
    else:
        print(label, "del [%r] ->" % (index,), container)


target = [0, 1, 2, 3, 4]
for index in [0, 4, 5, -1, -5, -6, True, MyInt(2), Idx(3), 2**62, 10**30,
              -(10**30), 1.0, "0", None]:
    show_set("list", target, index, "v%r" % (index,))
show_set("empty list", [], 0, 1)
show_set("empty list", [], -1, 1)
for index in [0, 5, -1, 1.5, slice(0, 1)]:
    show_set("tuple", (1, 2, 3), index, 9)
show_set("str", "abc", 0, "x")
show_set("bytes", b"abc", 0, 1)
show_set("range", range(3), 0, 1)
show_set("memoryview ro", memoryview(b"abc"), 0, 1)
ba = bytearray(b"abc")
for index, value in [(0, 65), (-1, 255), (3, 1), (-4, 1), (0, 256),
                     (0, -1), (1, b"x"), (1, "x"), (1, True), (2**62, 0),
                     ("0", 1)]:
    show_set("bytearray", ba, index, value)
mvw = memoryview(bytearray(b"abcd"))
show_set("memoryview rw", mvw, 0, 90)
show_set("memoryview rw", mvw, 4, 90)
show_set("memoryview rw", mvw, -1, 300)
print("memoryview rw result", mvw.tobytes())

sl = list(range(8))
sl[1:3] = ["a", "b", "c"]
print("slice assign", sl)
sl[::2] = [0] * len(sl[::2])
print("extended slice assign", sl)
try:
    sl[::2] = [1]
except ValueError as e:
    print("ValueError", e)
sl[2:] = ()
print("slice shrink", sl)
sl[:0] = "xy"
print("slice insert", sl)
del sl[::2]
print("del extended slice", sl)
del sl[-1:]
print("del tail", sl)
alias = sl
sl[:] = sl + sl
print("self slice assign", sl, alias is sl)

dset = {"a": 1}
show_set("dict", dset, "a", 10)
show_set("dict", dset, "b", 2)
show_set("dict", dset, (1, 2), "t")
show_set("dict", dset, 1, "int")
show_set("dict", dset, True, "bool")
show_set("dict", dset, 1.0, "float")
show_set("dict", dset, [1], "list")
show_set("dict", dset, {}, "dict")
print("dict keys types", [type(k).__name__ for k in dset])


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("  LoggingDict.__setitem__", repr(key), repr(value))
        dict.__setitem__(self, key, (value, "logged"))

    def __delitem__(self, key):
        print("  LoggingDict.__delitem__", repr(key))
        dict.__delitem__(self, key)


ld = LoggingDict()
ld["k"] = 1
ld[(1, 2)] = 2
ld["k"] = 3
print("LoggingDict", sorted(ld.items(), key=repr))
del ld["k"]
show_del("LoggingDict", ld, "nope")
print("LoggingDict after del", list(ld.items()))


def local_writes():
    lst = [None] * 4
    for i in range(4):
        lst[i] = i * i
    for i in range(-1, -5, -1):
        lst[i] += 1
    mapping = {}
    for i in range(6):
        mapping[i % 3] = i
        mapping[(i, i)] = -i
    print("local writes", lst, sorted(mapping.items(), key=repr))
    try:
        lst[4] = 0
    except IndexError as e:
        print("local IndexError", e)
    try:
        lst[-5] = 0
    except IndexError as e:
        print("local IndexError", e)
    tup = (1, 2)
    try:
        tup[0] = 5
    except TypeError as e:
        print("local TypeError", e)
    try:
        tup[0] += 5
    except TypeError as e:
        print("local TypeError", e)
    t2 = ([1],)
    try:
        t2[0] += [2]
    except TypeError as e:
        print("tuple item += list", e, t2)


local_writes()

dl = [0, 1, 2, 3, 4, 5]
for index in [0, -1, 10, -10, 2**62, 10**30, "x", 1.5, Idx(1), True,
              slice(1, 3)]:
    show_del("list", dl, index)
dd2 = {"a": 1, (1, 2): 2, 3: 3}
for key in ["a", "a", (1, 2), (1, 2), 3.0, [1], (1, [2])]:
    show_del("dict", dd2, key)
show_del("tuple", (1, 2), 0)
show_del("str", "ab", 0)
show_del("defaultdict", collections.defaultdict(int), "x")
show_del("Counter", collections.Counter("aab"), "z")


# A list that shrinks (and grows) while it is indexed in a loop.
def shrink_while_indexing():
    items = list(range(10))
    i = 0
    seen = []
    while i < len(items):
        value = items[i]
        seen.append(value)
        if value % 3 == 0:
            del items[i]
        else:
            i += 1
    print("shrink", seen, items)
    items = list(range(6))
    seen = []
    try:
        for i in range(len(items)):
            seen.append(items[i])
            items.pop()
    except IndexError as e:
        print("shrink overrun at", i, "-", e, seen, items)
    items = [1, 2, 3]
    for i in range(5):
        if i < len(items):
            items.append(items[i] * 10)
    print("grow", items)
    items = ["a", "b", "c", "d"]
    for i in range(len(items) - 1, -1, -1):
        if items[i] in ("b", "d"):
            del items[i]
        else:
            items[i] = items[i].upper()
    print("backwards", items)
    items = [5, 6, 7]
    idx = [2, 0, -1, 1]
    out = []
    for j in idx:
        out.append(items[j])
        items[j] = -items[j]
    print("index list", out, items)
    rows = [[0] * 3 for _ in range(3)]
    for r in range(3):
        for c in range(3):
            rows[r][c] = r * 3 + c
            rows[r][c] += rows[r - 1][c - 1]
    print("matrix", rows)


shrink_while_indexing()

# Subscripts evaluated in order: container, index, then value.
log = []


def note(x, tag):
    log.append(tag)
    return x


box = [0, 0]
note(box, "container")[note(1, "index")] = note("v", "value")
print("order", log, box)
log.clear()
try:
    note([], "container")[note(3, "index")] = note("v", "value")
except IndexError as e:
    print("order on error", log, e)
log.clear()
d3 = {}
note(d3, "container")[note("k", "key")] = note(1, "value")
print("dict order", log, d3)
