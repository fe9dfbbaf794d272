# chr/ord (ranges and errors), bin/hex/oct of positive, negative and big
# ints and of objects with __index__, int(x, base) for bases 0 and 2..36
# with prefixes, underscores, whitespace and signs (and the error
# messages), float() of special strings, and format() with number specs.
print(chr(0) == "\x00", chr(65), chr(955), chr(0x1F600) == "\U0001F600", chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("λ"), ord("\U0001F600"), ord(b"z"), ord(bytearray(b"\xff")))
for bad in (lambda: chr(0x110000), lambda: chr(-1), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""),
            lambda: ord(b"ab"), lambda: ord(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for n in (0, 5, -5, 255, -256, 2 ** 70, -(2 ** 64) + 1):
    print(n, bin(n), oct(n), hex(n))


class Seven:
    def __index__(self):
        return 7


print(bin(Seven()), hex(Seven()), oct(Seven()), bin(True))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)

texts = [("0b101", 0), ("0o17", 0), ("0x1F", 0), ("  42  ", 10), ("-0x10", 16), ("+7", 8), ("z", 36),
         ("ZZ", 36), ("1_000_000", 10), ("0_7", 8), ("0b_1", 0), ("10", 2), ("777", 8), ("0", 0),
         ("00", 0), ("-0b11", 0), ("\t12\n", 0), ("١٢٣", 10)]
for text, base in texts:
    print(repr(text), base, int(text, base))
bad_texts = [("08", 0), ("0x", 16), ("12", 2), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), ("0b2", 0),
             ("x", 37), ("1", 1), ("1.5", 10), (" ", 10)]
for text, base in bad_texts:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError", e)
for bad in (lambda: int(5, 10), lambda: int("5", base="10"), lambda: int(None), lambda: int([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(int(b"12"), int(bytearray(b"-3")), int(7.9), int(-7.9), int(True), int("0x10", 0), int(" -1_0 "))
print(int(b"ff", 16), int("Ff", 16), int(1e20), int(2 ** 0.5 * 1e6))
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

floats = ["inf", "-inf", "+Infinity", "nan", "-NaN", "1e5", "1E-3", "  2.5  ", "1_0.5", ".5", "5.", "-0", "0x10"]
for text in floats:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print("ValueError", e)
print(float("inf") > 10 ** 300, float("-inf") < -(10 ** 300), float("nan") == float("nan"))
print(float(10 ** 20), float(True), float(b"1.5"), 1e308 * 10, -1e308 * 10)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)

print(format(255, "x"), format(255, "#X"), format(255, "#o"), format(5, "#010b"), format(-42, "+08d"))
print(format(1234567, ","), format(1234567, "_"), format(0xDEADBEEF, "_x"), format(3.14159, ".2f"))
print(format(0.000123, ".2e"), format(1234.5, "g"), format(0.5, "%"), format(65, "c"), format(1234, "n"))
print(format("txt", "^9"), format("txt", "*>7"), format(42, "<6") + "|", format(42), format(2.0), format(True, "d"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
