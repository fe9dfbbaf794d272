# divmod with every sign combination for ints and floats (floor semantics),
# pow with two and three arguments (modular inverse with exponent -1,
# negative exponents giving floats, 0**0, errors), and round: banker's
# rounding of halves, ndigits positive/negative/zero, floats that are not
# exactly representable, ints with negative ndigits, and __round__.
from decimal import Decimal
from fractions import Fraction

for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (2 ** 70, 7)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a, a // b == q, a % b == r)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1.0)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0.0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    divmod(1j, 1)
except TypeError as e:
    print("TypeError", e)

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-8, 1 / 3).real > 0, pow(0, 0), pow(0.0, 0), pow(2.5, 2))
print(pow(3, 4, 5), pow(3, -1, 7), pow(38, -1, 97), pow(2, 100, 10 ** 9 + 7), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(Fraction(2, 3), 2), pow(Fraction(4, 9), Fraction(1, 2)), pow(2, Fraction(1, 2)))
print(2 ** -2, (-2) ** -1, 10 ** 20, 2.0 ** 0.5, (-1) ** 0.5)
for args in [(0, -1), (2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3), (0.0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError", e)

print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675, 1.005)])
print(round(2.675, 2), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(123456, -3), round(5, -1), round(15, -1), round(25, -1), round(7, 2), round(-7, -5))
print(round(3.14159, 0), type(round(3.7)).__name__, type(round(3.7, 0)).__name__, round(1e20 + 0.5))
print(round(float("inf"), 2), round(float("nan"), 1), round(0.0, 3), round(-0.0), round(-0.4))
print(round(Decimal("2.675"), 2), round(Decimal("0.5")), round(Decimal("1.5")), round(Fraction(5, 2)),
      round(Fraction(7, 2)), round(Fraction(22, 7), 3))
for bad in (lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1"),
            lambda: round(1.5, 1.0), lambda: round(1, None, 2)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        return f"round({self.cents}, {ndigits})"


print(round(Money(5)), round(Money(5), 2), round(Money(5), None))
print(abs(-3) + pow(2, 3) - divmod(9, 4)[1] * round(2.5))
