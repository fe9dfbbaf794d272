# Unary operators -, +, ~ and not on ints, floats, bools, complex, Decimal,
# Fraction and user classes with __neg__/__pos__/__invert__/__bool__; errors
# on unsupported operand types.
from decimal import Decimal
from fractions import Fraction
for value in (0, 5, -5, True, False, 2 ** 70, -(2 ** 70)):
    print(repr(value), -value, +value, ~value, not value)
for value in (0.0, -0.0, 2.5, float("inf")):
    print(repr(value), -value, +value, not value)
print(-(1 + 2j), +(1 - 2j), not 0j, not 1j)
print(-Decimal("1.50"), +Decimal("-0"), -Fraction(3, 4), +Fraction(-1, 2), not Fraction(0))
print(not [], not [0], not "", not " ", not None, not {}, not {0: 0}, not range(0))
print(- - -1, not not 0, not not "x", ~~7, -~-~0, +-+-3)


class Vec:
    def __init__(self, *items):
        self.items = items

    def __neg__(self):
        return Vec(*(-i for i in self.items))

    def __pos__(self):
        return "pos called"

    def __invert__(self):
        return Vec(*reversed(self.items))

    def __bool__(self):
        print("  bool called")
        return any(self.items)

    def __repr__(self):
        return f"Vec{self.items}"


v = Vec(1, -2, 3)
print(-v, +v, ~v, -~v)
print(not v, not Vec(0, 0))


class Sized:
    def __len__(self):
        return 0


print(not Sized(), bool(Sized()))


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for thing, label in ((BadBool(), "BadBool"), (BadLen(), "BadLen")):
    try:
        print(not thing)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
for expr, thunk in (("-'a'", lambda: -'a'), ("+[1]", lambda: +[1]), ("~1.5", lambda: ~1.5),
                    ("~(1j)", lambda: ~(1j)), ("-None", lambda: -None), ("~'x'", lambda: ~'x'),
                    ("+{}", lambda: +{}), ("-v.items", lambda: -v.items)):
    try:
        print(thunk())
    except TypeError as e:
        print(expr, type(e).__name__, e)
x = 10
x = -x
print(x, -x if x < 0 else x, abs(x) == -x)
print(int.__neg__(True), type(-True).__name__, type(~False).__name__, type(+True).__name__)
