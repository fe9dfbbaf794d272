# Bitwise operators & | ^ ~ on ints (positive, negative, big), bools
# (staying bool), sets, frozensets, dict views and dict union; operator
# precedence among them; TypeErrors for floats/strings.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, bin(a & b), bin(a | b), bin(a ^ b))
print(-a & b, -a | b, -a ^ b, a & -b, -a & -b, -a | -b, -a ^ -b)
print(-1 & 0xFF, -256 & 0xFF, -1 ^ 0, 0 | -1, ~0, ~-1, ~(2 ** 100))
big = 2 ** 100 + 2 ** 50 + 1
print(big & (2 ** 64 - 1), big | 1, big ^ big, big & -big, -big & 0xFFFF, hex(big ^ (2 ** 100)))
print(True & False, True | False, True ^ True, type(True & True).__name__, True & 3, type(True | 2).__name__)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 | (2 ^ (3 & 4)), 6 & 3 | 8, 6 & (3 | 8))
print(5 & 3 == 1, 5 & (3 == 1), (5 & 3) == 1)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 ^ s2, s1 - s2, s2 - s1)
f1 = frozenset("abc")
print(sorted(f1 & {"b", "c", "d"}), type(f1 | {"z"}).__name__, type({"z"} | f1).__name__)
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print(d1 | d2, d2 | d1, d1.keys() & d2.keys(), sorted(d1.keys() | d2), sorted(d1.items() ^ d2.items()))
d1 |= {"w": 0}
print(d1)
n = 0xF0
n &= 0x3C
print(n)
n |= 0x01
print(n)
n ^= 0xFF
print(n)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), [bit for bit in range(8) if flags & (1 << bit)], flags.bit_count())
print(int.__and__(6, 3), (6).__or__(1), (6).__xor__(6), (6).__and__(1.0), (6).__rand__(3))
for label, thunk in (("1.0 & 1", lambda: 1.0 & 1), ("'a' | 'b'", lambda: "a" | "b"),
                     ("[1] ^ [2]", lambda: [1] ^ [2]), ("{1} & [1]", lambda: {1} & [1]),
                     ("{} | []", lambda: {} | []), ("~{1}", lambda: ~{1}), ("None | 1", lambda: None | 1)):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)


class Mask:
    def __init__(self, v):
        self.v = v

    def __and__(self, other):
        return Mask(self.v & int(other))

    def __rand__(self, other):
        return f"rand({other})"

    def __or__(self, other):
        return NotImplemented

    def __ror__(self, other):
        return f"ror({other})"

    def __int__(self):
        return self.v

    def __repr__(self):
        return f"Mask({self.v:#x})"


m = Mask(0xF0F)
print(m & 0xFF, 3 & m, m & Mask(0x0F0), 7 | m)
try:
    print(m | 1)
except TypeError as e:
    print(type(e).__name__, e)
