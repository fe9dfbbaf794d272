# io.StringIO/BytesIO (write/read positions, seek/tell, getvalue, truncate,
# readline iteration, newline translation, closed-state errors, use as a
# print target) and struct (pack/unpack with byte orders, sizes and
# alignment, native vs standard, calcsize, pack_into/unpack_from,
# iter_unpack, Struct objects, strings and padding). Ends with an uncaught
# struct.error from packing an out-of-range value.
import io
import struct

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()), repr(s.read()), s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline()))
s.seek(6)
s.write("W")
print(repr(s.getvalue()))
s.seek(5)
print(s.truncate(), repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
s.write("!")
print(repr(s.getvalue()))
lines = io.StringIO("a\nb\r\nc\rd")
print(list(lines), lines.readable(), lines.writable(), lines.seekable())
print(list(io.StringIO("x\ny\r\n", newline=None)), list(io.StringIO("x\ny\r\n", newline="")))
initial = io.StringIO("preset")
initial.write("OVER")
print(initial.getvalue())
out = io.StringIO()
print("to", "buffer", sep="-", file=out)
print(repr(out.getvalue()))
s.close()
for bad in (lambda: s.getvalue(), lambda: s.write("x"), lambda: s.read()):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError", e)

b = io.BytesIO(b"\x00\x01binary")
print(b.read(2), b.tell(), b.read(), b.read(), b.seek(-3, 2), b.read(), b.getbuffer().nbytes)
b.seek(0)
b.write(b"XY")
print(b.getvalue(), b.seek(20), b.write(b"!"), b.getvalue())
view = b.getbuffer()
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError", e)
del view
b.write(b"more")
print(len(b.getvalue()), io.BytesIO(b"l1\nl2\n").readlines())
with io.BytesIO() as managed:
    managed.write(b"abc")
print(managed.closed)
wrapper = io.TextIOWrapper(io.BytesIO("naïve\n".encode("utf-8")), encoding="utf-8")
print(repr(wrapper.read()), wrapper.encoding)

packed = struct.pack("<hiq", 1, -2, 3)
print(packed, len(packed), struct.unpack("<hiq", packed))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!H", 258), struct.pack("=b", -1), struct.pack(">?", 5))
print(struct.calcsize("<hiq"), struct.calcsize("@hiq") >= 14, struct.calcsize("3s2x"), struct.calcsize(">d"), struct.calcsize("<e"))
print(struct.pack("<f", 1.5), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack(">d", struct.pack(">d", 0.1))[0])
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("<3p", b"abc"), struct.unpack("4s", b"ab\x00d"))
print(struct.pack("<2H", 1, 2), struct.unpack("<2H", b"\x01\x00\x02\x00"), struct.pack("c", b"z"), struct.unpack("3c", b"xyz"))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0xABCD, 7)
print(buf, struct.unpack_from("<H", buf, 4), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
point = struct.Struct("<ii")
print(point.size, point.format, point.pack(3, -4), point.unpack(b"\x01\x00\x00\x00\xff\xff\xff\xff"))
print(struct.unpack("<Q", b"\xff" * 8)[0], struct.unpack(">q", b"\x80" + b"\x00" * 7)[0], struct.pack("<e", 65504.0))
for bad in (lambda: struct.pack("<h", 40000), lambda: struct.pack("<B", -1), lambda: struct.pack("i", "x"),
            lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("z", 1), lambda: struct.pack("<ii", 1),
            lambda: struct.pack("<e", 1e6), lambda: struct.pack("c", b"ab")):
    try:
        bad()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)


def encode_record(ident, score):
    return struct.pack("<HB", ident, score)


print(encode_record(1, 255))
print(encode_record(2, 256))
