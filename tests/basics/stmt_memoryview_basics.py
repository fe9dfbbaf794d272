# memoryview basics: over bytes (read-only) and bytearray (writable),
# indexing/slicing without copying, tobytes/tolist/hex, len/nbytes/
# itemsize/format/readonly/ndim/shape, cast to other formats, comparisons,
# release and use-after-release errors, context manager, and write errors.
import sys
data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(mv[0], mv[-1], mv[1:4].tobytes(), mv.tolist()[:3], mv.hex(), len(mv), mv.nbytes, mv.itemsize)
print(mv.format, mv.readonly, mv.ndim, mv.shape, mv.strides, mv.contiguous, mv.obj is data)
part = mv[2:6]
part[0] = ord("C")
part[1:3] = b"DE"
print(data, part.tobytes(), bytes(part), part.tolist())
print(mv == b"abCDEfgh", mv == data, mv[::2].tobytes(), mv[::-1].tobytes(), mv[::2].contiguous)
ro = memoryview(b"readonly")
print(ro.readonly, ro[0], ro[:4].tobytes(), bytes(ro[4:]))
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ints = memoryview(bytearray(range(8))).cast("I")
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.tolist() == [int.from_bytes(bytes(range(i, i + 4)), sys.byteorder) for i in (0, 4)])
shorts = memoryview(bytearray(6)).cast("H")
shorts[1] = 0x4142
print(shorts.tolist(), bytes(shorts.obj) == b"\0\0" + (0x4142).to_bytes(2, sys.byteorder) + b"\0\0")
grid = memoryview(bytearray(range(6))).cast("B", shape=[2, 3])
print(grid.shape, grid.ndim, grid.tolist(), grid[1, 2])
for label, thunk in (("write too big", lambda: mv.__setitem__(0, 256)),
                     ("write wrong len", lambda: mv.__setitem__(slice(0, 2), b"xyz")),
                     ("cast bad size", lambda: memoryview(bytearray(3)).cast("I")),
                     ("index oob", lambda: mv[100]),
                     ("float index", lambda: mv[1.5]),
                     ("hash writable", lambda: hash(mv)),
                     ("not buffer", lambda: memoryview("str")),
                     ("del item", lambda: mv.__delitem__(0))):
    try:
        print(label, repr(thunk()))
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(label, type(e).__name__, e)
print(hash(ro) == hash(b"readonly"))
with memoryview(b"ctx") as m2:
    print("inside", m2.tobytes())
try:
    m2.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
mv.release()
try:
    len(mv)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(mv).startswith("<released memory"), data.decode())
src = bytearray(b"0123456789")
window = memoryview(src)[3:7]
src[3] = ord("X")
print(window.tobytes(), bytes(window) == b"X456", window.tolist())
