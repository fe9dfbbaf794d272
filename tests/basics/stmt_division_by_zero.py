# Division by zero in every form: true division, floor division, modulo,
# divmod, power with negative exponent, for int/float/complex/bool/Fraction/
# Decimal; the messages of each; augmented forms; inside nested
# expressions; and that the left operand is evaluated before the error.
from decimal import Decimal, DivisionByZero, InvalidOperation
from fractions import Fraction


def attempt(label, thunk):
    try:
        result = thunk()
    except ZeroDivisionError as e:
        print(f"{label:<22} {type(e).__name__}: {e}")
    except ArithmeticError as e:
        print(f"{label:<22} {type(e).__name__}: {type(e).__mro__[1].__name__}")
    else:
        print(f"{label:<22} = {result!r}")


attempt("1 / 0", lambda: 1 / 0)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("0 / 0", lambda: 0 / 0)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("1.0 // 0.0", lambda: 1.0 // 0.0)
attempt("1.0 % 0.0", lambda: 1.0 % 0.0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("divmod(1.0, 0)", lambda: divmod(1.0, 0))
attempt("True / False", lambda: True / False)
attempt("1j / 0", lambda: 1j / 0)
attempt("1 / 0j", lambda: 1 / 0j)
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("0 ** -1.5", lambda: 0 ** -1.5)
attempt("pow(0, -2)", lambda: pow(0, -2))
attempt("0 ** 0", lambda: 0 ** 0)
attempt("Fraction(1, 0)", lambda: Fraction(1, 0))
attempt("Fraction(1) / 0", lambda: Fraction(1) / 0)
attempt("Decimal(1) / 0", lambda: Decimal(1) / 0)
attempt("Decimal(0) / 0", lambda: Decimal(0) / 0)
attempt("2**1000 / 0", lambda: 2 ** 1000 / 0)
attempt("-(2**1000) // 0", lambda: -(2 ** 1000) // 0)
attempt("float('inf') / 0", lambda: float("inf") / 0)
attempt("1 / 1e-320", lambda: 1 / 1e-320)
attempt("1 / -0.0 guard", lambda: 1 / -0.0 if 0 else "guarded")
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
order = []


def val(name, v):
    order.append(name)
    return v


try:
    val("a", 10) + val("b", 3) / val("c", 0) + val("d", 1)
except ZeroDivisionError as e:
    print("order", order, e)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print("x unchanged", x, e)
try:
    x //= 0
except ZeroDivisionError as e:
    print("x unchanged", x, e)
try:
    x %= 0.0
except ZeroDivisionError as e:
    print("x unchanged", x, e)
results = []
for d in (2, 1, 0, -1):
    try:
        results.append(12 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
print([1 / d if d else float("inf") for d in (4, 0, -4)])
