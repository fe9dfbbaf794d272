# Numeric literals: decimal/hex/octal/binary integer literals (upper and
# lower prefixes), underscores as digit separators everywhere allowed,
# float literals (leading/trailing dot, exponents, underscores), imaginary
# literals, huge literals, negative literals as unary minus, attribute
# access on literals, and the SyntaxErrors for invalid spellings.
print(0, 00, 0_0, 123, 1_000_000, 0x1F, 0X1f, 0xdead_beef, 0o17, 0O17, 0o_7, 0b1010, 0B1010, 0b_1_0)
print(1.5, 1., .5, 1e3, 1E3, 1e-3, 1.5e+2, 1_0.0_1, 1e1_0, 0.0, 00.5, 007.5, 0e0, 1_2e-1_2)
print(1j, 1J, 1.5j, 1e2j, .5j, 0j, 1_0j, 3 + 4j, 0x10 + 0j, type(1j).__name__)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFFFFFF, 0b1 << 100 == 2 ** 100, 1e308, 1e309, 1e-400)
print(-1, - 1, -0x10, -0b1, -1.5, -.5e1, -1j, type(-1).__name__, (-1) ** 2, -1 ** 2)
print(1 .real, 1.0.real, 1j.imag, 0x10.bit_length(), 0b11 .bit_count(), 1e3.is_integer(), (5).__class__.__name__)
print(0xff == 255 == 0o377 == 0b11111111, 1_0 == 10, 1e2 == 100, 0.1e1 == 1, 10 ** -1 == 0.1, 1e-1 == 0.1)
print(hex(255), oct(255), bin(255), hex(-255), bin(0), oct(8), f"{0b101:o}", int("0b101", 0), int("0o17", 0))
print(9007199254740993, 9007199254740993.0, 0.1 + 0.2, 1_000.000_1, 3.14159_26535, 2.5e-3_0 == 2.5e-30)
print(type(10).__name__, type(10.0).__name__, type(10j).__name__, type(0x10).__name__, isinstance(True, int))
for src in ("0_", "1__0", "_1", "1_", "0x_", "0b2", "0o8", "012", "1e", "1.e_1", "0x1.5", "1_.5", "1._5", "0b", "09", "1__j", "0x1g"):
    try:
        print(repr(src), "->", eval(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    except NameError as e:
        print(repr(src), "->", type(e).__name__, e)
big_literal = 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
print(big_literal == 10 ** 100, len(str(big_literal)), big_literal.bit_length())
values = [0x7F, 0o777, 0b1111_0000, 1_234.5e-2, 12j]
print(values, sum(v for v in values if not isinstance(v, complex)))
