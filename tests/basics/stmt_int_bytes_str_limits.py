# int.to_bytes/from_bytes (byte orders, signed, lengths, overflow), int()
# parsing (bases, prefixes, underscores, whitespace, signs, unicode
# digits), and the 3.11 int<->str conversion digit limit (4300 digits):
# ValueError on int(str) and str(int) beyond it, sys.set_int_max_str_digits,
# and that power-of-two bases are not limited.
import sys
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"), (1).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b"\x01"))
n = 2 ** 100 + 12345
raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
print(raw.hex(), int.from_bytes(raw, "big") == n, len(raw), (-n).to_bytes(14, "big", signed=True).hex())
for label, thunk in (("too small", lambda: (256).to_bytes(1, "big")), ("negative unsigned", lambda: (-1).to_bytes(1, "big")),
                     ("signed overflow", lambda: (128).to_bytes(1, "big", signed=True)), ("bad order", lambda: (1).to_bytes(1, "middle")),
                     ("negative length", lambda: (1).to_bytes(-1, "big")), ("from str", lambda: int.from_bytes("ab", "big"))):
    try:
        print(label, thunk())
    except (OverflowError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("Z", 36), int("10", 2))
print(int(" -42 "), int("+7"), int("1_000"), int("0_0"), int("0x_1f", 16), int("٣٤"), int("\u0661\u0662", 10), int("00012"))
print(int(3.99), int(-3.99), int(True), int("-0"), int(b"42"), int(bytearray(b" 7 ")), int("1" * 100) % 97)
for text, base in (("", 10), (" ", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("0x", 16), ("012", 0), ("1.5", 10),
                   ("12", 2), ("0b2", 0), ("+-1", 10), ("1e5", 10), ("0xg", 0), ("8", 8), ("10", 1), ("10", 37)):
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, type(e).__name__, e)
print(sys.int_info.default_max_str_digits, sys.get_int_max_str_digits())
ok = int("9" * 4300)
print(len(str(ok)), str(ok)[:5])
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
huge = 10 ** 5000
try:
    str(huge)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{huge}")
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(len(hex(huge)), len(bin(huge)), int(hex(huge), 16) == huge, len(format(huge, "x")))
sys.set_int_max_str_digits(6000)
print(len(str(huge)), sys.get_int_max_str_digits(), int("7" * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
try:
    repr(huge)
except ValueError as e:
    print(type(e).__name__, str(e)[:50])
