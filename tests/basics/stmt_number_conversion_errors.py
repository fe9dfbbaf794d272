# Conversions between numeric types and their errors: int()/float()/
# complex() from strings, bytes, other numbers, objects with __int__/
# __index__/__float__/__trunc__; bool(); Decimal/Fraction conversions;
# ValueError vs TypeError vs OverflowError messages. Ends with an uncaught
# ValueError from int() on user input-like text.
from decimal import Decimal
from fractions import Fraction


class HasInt:
    def __int__(self):
        return 7


class HasIndex:
    def __index__(self):
        return 8


class HasFloat:
    def __float__(self):
        return 2.5


class BadInt:
    def __int__(self):
        return "not an int"


class HasTrunc:
    def __trunc__(self):
        return 3


print(int(HasInt()), int(HasIndex()), float(HasFloat()), float(HasIndex()), complex(HasFloat()), bin(HasIndex()))
print(int(Decimal("7.9")), int(Decimal("-7.9")), int(Fraction(7, 2)), float(Fraction(1, 3)), float(Decimal("0.1")), Decimal(0.1) == 0.1)
print(Fraction("3/4"), Fraction(0.5), Fraction(Decimal("1.25")), Decimal(3), Decimal("1e-3"), Fraction(1.1).limit_denominator(10))
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(Decimal(0)), bool(Fraction(0, 5)), bool("0"), bool(" "))
print(int("  12  "), float(" 1e3 "), complex(" 1+2j "), int(b"12"), float(b"1.5"), int(bytearray(b"3")), float(bytearray(b"2")))
zero_list = [0]
attempts = [
    ("int('1.0')", lambda: int("1.0")), ("int('')", lambda: int("")), ("int(None)", lambda: int(None)),
    ("int([1])", lambda: int([1])), ("int(1j)", lambda: int(1j)), ("int(inf)", lambda: int(float("inf"))),
    ("int(nan)", lambda: int(float("nan"))), ("int(BadInt())", lambda: int(BadInt())), ("int(HasTrunc())", lambda: int(HasTrunc())),
    ("int('5', base=2)", lambda: int("5", base=2)), ("int(5, 10)", lambda: int(5, 10)), ("int(HasFloat())", lambda: int(HasFloat())),
    ("float('x')", lambda: float("x")), ("float(None)", lambda: float(None)), ("float(10**400)", lambda: float(10 ** 400)),
    ("float(HasInt())", lambda: float(HasInt())), ("float(b'x')", lambda: float(b"x")), ("float('1e5000')", lambda: float("1e5000")),
    ("complex('x')", lambda: complex("x")), ("complex(None)", lambda: complex(None)), ("complex('1 + 2j')", lambda: complex("1 + 2j")),
    ("Decimal('x')", lambda: Decimal("x")), ("Fraction('1/0')", lambda: Fraction("1/0")), ("Fraction('x')", lambda: Fraction("x")),
    ("int(Decimal('nan'))", lambda: int(Decimal("nan"))), ("int(Decimal('inf'))", lambda: int(Decimal("inf"))),
    ("Fraction(inf)", lambda: Fraction(float("inf"))), ("Fraction(nan)", lambda: Fraction(float("nan"))),
    ("hex(1.5)", lambda: hex(1.5)), ("range(1.5)", lambda: range(1.5)), ("[0][1.0]", lambda: zero_list[1.0]),
    ("'ab' * HasIndex()", lambda: "ab" * HasIndex()), ("chr(HasInt())", lambda: chr(HasInt())),
]
for label, thunk in attempts:
    try:
        print(f"{label:<22}", repr(thunk()))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, ArithmeticError) as e:
        print(f"{label:<22}", type(e).__name__, e)


def parse_age(text):
    return int(text.strip())


for text in ("42", " 7 ", "-3"):
    print(text, "->", parse_age(text))
print(parse_age("forty-two"))
