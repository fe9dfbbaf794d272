# Errors from arithmetic and conversions, message for message: division and
# modulo by zero for ints, floats and big ints; float overflow; bad int/float
# parsing; unsupported operand types; negative shift counts.
def attempt(description, fn, *args):
    try:
        print(description, "=", fn(*args))
    except (ArithmeticError, ValueError, TypeError) as e:
        print(description, "->", type(e).__name__ + ":", e)


def div(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def power(a, b):
    return a ** b


def add(a, b):
    return a + b


def lshift(a, b):
    return a << b


attempt("1/0", div, 1, 0)
attempt("1.0/0", div, 1.0, 0)
attempt("big/0", div, 10 ** 40, 0)
attempt("1//0", floordiv, 1, 0)
attempt("1.5//0.0", floordiv, 1.5, 0.0)
attempt("5%0", mod, 5, 0)
attempt("5.0%0", mod, 5.0, 0)
attempt("0**-1", power, 0, -1)
attempt("0.0**-1", power, 0.0, -1)
attempt("10.0**400", power, 10.0, 400)
attempt("(-8)**0.5", power, -8, 0.5)
attempt("2**0.5", power, 2, 0.5)
attempt("1<<-1", lshift, 1, -1)
attempt("1+'a'", add, 1, "a")
attempt("'a'+1", add, "a", 1)
attempt("[]+()", add, [], ())
attempt("None+None", add, None, None)
attempt("int('12a')", int, "12a")
attempt("int('')", int, "")
attempt("int('z', 36)", int, "z", 36)
attempt("int('1', 99)", int, "1", 99)
attempt("float('x')", float, "x")
attempt("int(inf)", int, float("inf"))
attempt("int(nan)", int, float("nan"))
attempt("chr(-1)", chr, -1)
attempt("1e308*10", power, 1e308, 1)
attempt("divmod(1, 0)", divmod, 1, 0)
attempt("round(inf)", round, float("inf"))
