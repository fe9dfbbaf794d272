# Slicing of lists, strings, tuples, bytes and ranges: all combinations of
# start/stop/step including negatives and out-of-range bounds; slice
# assignment and deletion; slice objects.
data = list(range(10))
print(data[2:7], data[:3], data[7:], data[-3:], data[:-7], data[::2], data[1::2])
print(data[::-1], data[8:2:-2], data[-1:-4:-1], data[100:], data[-100:2], data[5:2])
print(data[::-3], data[2:2], data[:], data[:] is data)
text = "abcdefghij"
print(text[1:4], text[::-1], text[-2:], text[::3], text[5:100], text[:0] == "")
tup = tuple(data)
print(tup[3:6], tup[::4], tup[::-5])
raw = b"0123456789"
print(raw[2:5], raw[::-2], raw[0], raw[-1:])
print(range(0, 20, 3)[1:4], range(10)[::-1], list(range(10)[2:8:2]))
sl = slice(1, 8, 3)
print(data[sl], text[sl], sl.start, sl.stop, sl.step, slice(None, 2))
print(sl.indices(5), slice(-1, None, -1).indices(4))
mutable = list(range(8))
mutable[1:3] = ["a", "b", "c", "d"]
print(mutable)
mutable[::3] = [0, 0, 0, 0]
print(mutable)
mutable[:] = []
print(mutable)
mutable = list("abcdefgh")
del mutable[::2]
print(mutable)
del mutable[-2:]
print(mutable)
try:
    data[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
lo, hi = 2, -2
print(data[lo:hi], text[lo:hi], data[hi:lo:-1])
