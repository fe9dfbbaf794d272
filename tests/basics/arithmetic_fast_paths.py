# Operations on small ints (one 30-bit digit), floats and a float with an
# int, at the edges where C arithmetic and Python's differ: rounding of
# floor division, modulo and right shifts towards negative infinity, digit
# boundaries, results that need more than one digit, zero divisors, bools
# and subclasses (which must take the general path).

EDGES = [0, 1, -1, 2, -2, 3, -3, 7, -7, 255, 256, 257, -5, -6,
         2**30 - 1, -(2**30 - 1), 2**30, -(2**30), 2**31, 2**62, -(2**63)]


def show(label, func, a, b):
    try:
        result = func(a, b)
    except Exception as e:
        print(label, repr(a), repr(b), "->", type(e).__name__, e)
    else:
        print(label, repr(a), repr(b), "->", type(result).__name__, repr(result))


OPERATIONS = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
    ("<", lambda a, b: a < b),
    ("==", lambda a, b: a == b),
    (">=", lambda a, b: a >= b),
]

for label, func in OPERATIONS:
    for a in EDGES:
        for b in EDGES[:14] + [2**30 - 1, -(2**30)]:
            show(label, func, a, b)

# Shifts: counts around the word size, negative values and counts.
for a in [0, 1, -1, 5, -5, 2**30 - 1, -(2**30 - 1), 2**40]:
    for shift in [0, 1, 2, 29, 30, 31, 32, 33, 63, 64, 100, -1]:
        show("<<", lambda x, y: x << y, a, shift)
        show(">>", lambda x, y: x >> y, a, shift)

# A float with a float or an int; nan, inf and signed zeros.
nan = float("nan")
inf = float("inf")
FLOATS = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, inf, -inf, nan]
INTS = [0, 1, -1, 3, 2**30 - 1, 2**53 + 1, 10**400]
for label, func in OPERATIONS:
    if label in ("&", "|", "^"):
        continue
    for f in FLOATS:
        for other in FLOATS[:4] + INTS:
            show(label, func, f, other)
            show(label, func, other, f)

# Augmented assignments take the same paths.
total = 0
value = 1.0
bits = 0
for i in range(-50, 50):
    total += i * 7
    total -= i // 3
    total %= 1000003
    value *= 1.01
    value /= 1.005
    value += i
    value -= 0.5
    bits ^= i << 3
    bits |= i & 12
    bits &= ~1
    bits >>= 1
    bits <<= 2
print("augmented", total, repr(value), bits)
mixed = 3
mixed += 0.5
mixed *= 2
mixed //= 2
mixed %= 2.5
print("mixed", repr(mixed))
try:
    mixed /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    n = 5
    n //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Bools and subclasses are not exact ints: results keep their types.
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __mod__(self, other):
        return "MyInt.__mod__"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"


print(True + True, True & False, True | False, True ^ True, -True // 2)
print(type(True & True).__name__, type(True | False).__name__)
print(MyInt(3) + 4, MyInt(3) % 2, 4 + MyInt(3), 7 % MyInt(3))
print(MyFloat(2.0) * 3, 3 * MyFloat(2.0), MyFloat(2.0) + 1)
print("%d items, %s" % (3, "x"), "%5.2f" % 2.5)
print(2 ** 10, 2 ** -1, (-8) ** 3, 7 ** 2 % 5)
