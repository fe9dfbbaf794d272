# Floor division and modulo: sign rules for all sign combinations on ints,
# floats and mixed; divmod consistency (q*b + r == a); big ints; negative
# zero results; Fraction/Decimal contrast (Decimal truncates toward zero).
from decimal import Decimal
from fractions import Fraction
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} {b:>3} // {q:>3} % {r:>3} divmod {divmod(a, b)} ok {q * b + r == a}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -3), (-0.0, 3), (5, 0.5), (-1e-300, 1e300)]:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -(10 ** 15), big % -(10 ** 15))
print(divmod(-(2 ** 100), 7), divmod(2 ** 100, -7), (2 ** 100) % (2 ** 64), -(2 ** 100) // (2 ** 99))
print(Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2), Decimal(7) % Decimal(-2))
print(Fraction(-7, 2) // 1, Fraction(-7, 2) % 1, Fraction(7, 3) // Fraction(1, 2), Fraction(7, 3) % Fraction(1, 2))
print(-7 // 2 * 2, -(7 // 2) * 2, int(-7 / 2), round(-7 / 2), -7 % 2 == 1)
print(True // 1, True % 2, 5 // True, 5 % True, divmod(True, True))
print(3 % -0.0 if False else "skip", 5.0 % float("inf"), -5.0 % float("inf"), 5 // float("inf"), -5 // float("inf"))
print(float("inf") % 3 if False else "", 7 % 7.0, -7 % 7.0, 7 % -7.0)
for hours in (-1, 0, 23, 24, 25, -25):
    print(hours, "->", hours % 24, hours // 24)
x = -17
x //= 5
print(x)
x %= -3
print(x)
for label, thunk in (("5 // 0", lambda: 5 // 0), ("5 % 0", lambda: 5 % 0),
                     ("divmod(5, 0)", lambda: divmod(5, 0)), ("5.0 // 0", lambda: 5.0 // 0),
                     ("5 % 0.0", lambda: 5 % 0.0), ("divmod(1.5, 0.0)", lambda: divmod(1.5, 0.0)),
                     ("inf % 3", lambda: float("inf") % 3), ("inf // 3", lambda: float("inf") // 3)):
    try:
        print(label, thunk())
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)
