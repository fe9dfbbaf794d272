# bytes and bytearray: literals, indexing gives ints, slicing, methods,
# encoding/decoding, mutation of bytearray, hex, comparisons, errors.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b.upper(), b.split(), b.find(b"o"))
print(b + b"!", b * 2, b"wor" in b, 111 in b, b.count(b"l"), b.replace(b"l", b"L"))
print(b.hex(), bytes.fromhex("41 42 43"), bytes([72, 105]), bytes(range(3)), list(b"ab"))
print(b.decode(), "naïve".encode(), "naïve".encode("latin-1"), b"caf\xe9".decode("latin-1"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba[1:3] = b"XYZ"
del ba[-1]
print(ba, len(ba), bytes(ba), ba.pop(), ba)
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"" == bytes(), b"%d-%s" % (5, b"x"))
print(b"  x ".strip(), b"a,b".split(b","), b"-".join([b"1", b"2"]), b"abc".startswith(b"ab"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
total = 0
for byte in b"\x01\x02\xff":
    total += byte
print(total, b"\x00\x7f\x80", repr(b"'\""), bytes(2) + b"x")
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(3, "big"), b"abc".isalpha())
