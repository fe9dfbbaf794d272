# Slice assignment and deletion on lists and bytearrays: replacing with
# shorter/longer/equal/empty sequences, inserting via empty slices, any
# iterable on the right (generator, string, set-like), self-assignment,
# extended slices requiring equal length (ValueError), step -1 assignment,
# assignment to immutable types (TypeError), and __setitem__ receiving slices.
def show(label, value):
    print(f"{label:<26} {value}")


a = list(range(6))
a[1:3] = ["x", "y", "z", "w"]
show("longer", a)
a[1:5] = ["q"]
show("shorter", a)
a[2:2] = [100, 200]
show("insert empty slice", a)
a[:0] = ["head"]
show("prepend", a)
a[len(a):] = ["tail"]
show("append via slice", a)
a[3:] = []
show("truncate", a)
a[:] = (i * i for i in range(4))
show("generator whole", a)
a[1:3] = "ab"
show("string iterable", a)
a[100:] = [7]
show("beyond end", a)
a[-100:1] = [8, 8]
show("before start", a)
a[5:2] = ["between"]
show("stop < start", a)
b = [0, 1, 2, 3, 4, 5, 6, 7]
b[::2] = "ABCD"
show("extended equal len", b)
b[::-1] = range(8)
show("reverse assign", b)
b[1::3] = [None, None, None]
show("step 3", b)
b[:] = b
show("self assign", b)
c = [1, 2, 3]
c[1:2] = c
show("self into slice", c)
c[::1] = [9]
show("step 1 any length", c)
for label, target, key, value in (("ext too long", [0, 1, 2, 3], slice(None, None, 2), [1, 2, 3]),
                                  ("ext too short", [0, 1, 2, 3], slice(None, None, -2), [1]),
                                  ("non-iterable", [0, 1], slice(0, 1), 5),
                                  ("tuple target", (1, 2, 3), slice(0, 1), [9]),
                                  ("str target", "abc", slice(0, 1), "z"),
                                  ("step zero", [1, 2], slice(None, None, 0), []),
                                  ("range target", range(3), slice(0, 1), [1])):
    try:
        target[key] = value
        show(label, target)
    except (ValueError, TypeError) as e:
        print(f"{label:<26} {type(e).__name__}: {e}")
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO!!"
show("bytearray longer", ba)
ba[::2] = b"_" * len(ba[::2])
show("bytearray extended", ba)
ba[1:3] = [65, 66, 67]
show("bytearray ints", ba)
try:
    ba[0:1] = [256]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = "str"
except TypeError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]
show("del ext", d)
d[1:-1] = []
show("empty middle", d)


class Recorder:
    def __setitem__(self, key, value):
        print("  setitem", key, list(value) if not isinstance(value, int) else value)

    def __delitem__(self, key):
        print("  delitem", key)


rec = Recorder()
rec[1:2] = (x for x in "ab")
rec[::-1] = [1]
rec[:, 1:] = [2]
del rec[5:]
m = memoryview(bytearray(b"abcdef"))
m[1:3] = b"XY"
show("memoryview slice", bytes(m))
try:
    m[1:3] = b"XYZ"
except ValueError as e:
    print(type(e).__name__, e)
