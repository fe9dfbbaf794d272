# fractions.Fraction (construction from ints, strings, floats, Decimals;
# normalisation and sign; arithmetic with ints/floats; limit_denominator;
# comparisons; errors) and decimal.Decimal (exact construction from
# strings vs floats, context precision and rounding modes, quantize,
# localcontext, traps turning into exceptions, special values, and
# integer/float interaction rules).
import decimal
from decimal import Decimal, localcontext
from fractions import Fraction

print(Fraction(3, 6), Fraction(-4, -8), Fraction(4, -8), Fraction(5), Fraction("3/4"), Fraction(" -1.25 "),
      Fraction("1e-3"), Fraction(0.5), Fraction(0.1), Fraction(Decimal("0.1")), Fraction(Fraction(1, 3), 2))
f = Fraction(7, 3)
print(f.numerator, f.denominator, f + 1, f * 3, f / 7, f - Fraction(1, 3), f ** 2, f ** -1, -f, abs(-f), f // 1, f % 1)
print(f + 0.5, type(f + 0.5).__name__, f == Fraction(14, 6), f > 2, f < 2.4, Fraction(1, 2) == 0.5, hash(Fraction(2, 1)) == hash(2))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(1, 3).limit_denominator(2), round(Fraction(7, 2)),
      Fraction(1, 3).as_integer_ratio(), int(Fraction(-7, 2)), float(Fraction(1, 8)))
print(repr(Fraction(1, 3)), str(Fraction(4, 1)), sum(Fraction(1, n) for n in range(1, 5)), Fraction(2, 3) ** Fraction(1, 1))
for bad in (lambda: Fraction(1, 0), lambda: Fraction("1/0"), lambda: Fraction("x"), lambda: Fraction(1.5, 2),
            lambda: Fraction(float("nan")), lambda: Fraction(1, 2) / 0):
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") + Decimal("2.205"), Decimal(5), Decimal("-0"),
      Decimal("1e3"), Decimal("1E+3") == 1000, Decimal((0, (1, 4), -1)), Decimal("  7.50  "))
print(Decimal("1") / Decimal("3"), Decimal("2").sqrt(), Decimal(10) ** 20, Decimal("7") // Decimal("2"),
      Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal("7.5"), 2))
ctx = decimal.getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax)
with localcontext() as local:
    local.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("1.234567"))
    local.rounding = decimal.ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(7))
amount = Decimal("2.675")
for mode in (decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR):
    print(mode, amount.quantize(Decimal("0.01"), rounding=mode), (-amount).quantize(Decimal("0.01"), rounding=mode))
print(Decimal("2.5").quantize(Decimal("1")), Decimal("3.5").quantize(Decimal("1")), round(Decimal("2.5")),
      round(Decimal("1.2345"), 2), Decimal("1.50").normalize(), Decimal("100").normalize(), Decimal("1.500").as_tuple())
print(Decimal("inf"), -Decimal("Infinity"), Decimal("nan").is_nan(), Decimal("inf") > 10 ** 100, Decimal("-0") == 0,
      Decimal("1.0") == Decimal("1.00"), str(Decimal("1.00")), Decimal("1.0") == 1, Decimal("0.5") == 0.5)
print(Decimal(3) + 2, 2 * Decimal("1.5"), Decimal("10") > 9.5, int(Decimal("-3.9")), float(Decimal("0.125")))
for bad in (lambda: Decimal("1.5") + 1.5, lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0),
            lambda: Decimal(0) / Decimal(0), lambda: Decimal("1.5").quantize(Decimal("1e-30"), context=decimal.Context(prec=5)),
            lambda: int(Decimal("nan")), lambda: Decimal(-1).sqrt()):
    try:
        print(bad())
    except (TypeError, decimal.InvalidOperation, decimal.DivisionByZero, ValueError) as e:
        print(type(e).__name__, e)
with localcontext() as quiet:
    quiet.traps[decimal.DivisionByZero] = False
    quiet.traps[decimal.InvalidOperation] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, quiet.flags[decimal.DivisionByZero])
print(sum([Decimal("0.1")] * 10) == Decimal("1.0"), sum([0.1] * 10) == 1.0, sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1")]))
