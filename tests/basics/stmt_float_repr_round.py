# Float repr and rounding: shortest repr round-tripping, repr/str of
# exponents boundaries (1e16, 1e-5), round() half-to-even and with
# negative/positive ndigits (binary representation effects), int()
# truncation, math.floor/ceil/trunc, format rounding vs round(), and
# float() parsing of many spellings.
import math
for v in (0.1, 0.5, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00001234, 1.0, 100.0, 1e22, 1e23,
          5e-324, 1.7976931348623157e308, 2.0 ** 0.5, 0.1 + 0.7, 1.1 * 1.1, -0.0, 9007199254740993.0):
    print(repr(v), str(v), float(repr(v)) == v, f"{v:.17g}")
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1e300, -7.5):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__, type(round(v, 0)).__name__)
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2), round(0.0, 5), round(-0.0), round(-0.4))
print(round(5, 2), round(5.0, 400), round(5.5, -400), round(123, -2), round(150, -2), round(250, -2), round(-150, -2))
for v in (3.7, -3.7, 3.0, -0.5, 1e20, -1e-20):
    print(v, int(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-0.5:.0f}", "%.1f" % 0.25, "%.1f" % 0.35)
print(float("1.5"), float("  -2.5e3  "), float("1_000.5"), float(".5"), float("5."), float("+0"), float("-0"), float("1E-2"))
print(float("inf"), float("-Infinity"), float("nAn"), float("+iNF"), float(" 0x1p3 ".strip().replace("0x1p3", "8")), float(7), float(True))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"), float("0.1e-400"), float("1e400"))
for text in ("", "abc", "1.5.5", "1e", "e5", "1_", "_1", "0x10", "1,5", "- 1", "in f", "nan(1)", "١.٥"):
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
total = sum([0.1] * 3)
print(total, total == 0.3, round(total, 10) == 0.3, math.isclose(total, 0.3), 0.1 * 3 == 0.3, 0.25 * 3 == 0.75)
print(1e16 + 1.0 == 1e16, 1e16 + 2.0, 2 ** 53 == 2.0 ** 53, float(2 ** 53 + 1) == 2.0 ** 53, 1.0 - 1e-17 == 1.0)
print([round(x * 0.1, 1) for x in range(8)], [x * 0.1 for x in range(4)])
for label, thunk in (("round nan", lambda: round(float("nan"))), ("round inf", lambda: round(float("inf"))),
                     ("int nan", lambda: int(float("nan"))), ("int inf", lambda: int(float("-inf"))),
                     ("floor inf", lambda: math.floor(float("inf"))), ("round ndigits float", lambda: round(1.5, 1.0)),
                     ("round nan 2", lambda: round(float("nan"), 2)), ("round inf 2", lambda: round(float("inf"), 2))):
    try:
        print(label, thunk())
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)
