# Integer arithmetic operators and their precedence: + - * / // % **, unary
# minus binding weaker than **, right-associative power, mixed with
# comparisons and bitwise operators, parenthesized overrides.
a, b, c = 7, 3, 2
print(a + b * c, (a + b) * c, a - b - c, a - (b - c))
print(a * b % c, a * (b % c), a // b * c, a // (b * c))
print(-a ** 2, (-a) ** 2, -a ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3, 0 ** 0, 10 ** 20)
print(a + b << c, a + (b << c), a & b + c, (a & b) + c)
print(a | b ^ c & a, ((a | b) ^ c) & a, a ^ b | c)
print(a < b + c, a == b * 2 + 1, not a == b, not (a - 7))
print(-a // b, -(a // b), -a % b, -(a % b))
print(a / b, a / -b, -a / b, 6 / 3, type(6 / 3).__name__)
print(+a, -(-a), --a, -+-a, ~a, ~-a, -~a)
print(1 + 2 * 3 ** 2 // 4 % 5 - 6)
print(100 - 10 - 5 - 1, 100 // 10 // 3, 2 * 3 * 4 // 5)
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(pow(a, b), pow(a, b, 5), pow(-a, b, 5), pow(a, -1, 5), pow(3, 0, 1))
print(abs(-a), abs(a), int.__add__(a, b), (a).__mul__(b), (5).__rsub__(3))
x = 5
y = x * 2 + x ** 2 - x // 2 + x % 3
print(y)
values = [1, 2, 3]
print(values[0] + values[1] * values[2], values[-1] ** values[1])
print(sum(i * i for i in range(10)) % 7, max(1, 2) ** min(3, 4))
print(7 .__floordiv__(2), 7 .__truediv__(2), (7).__pow__(2, 10))
print(int.__neg__(3), (3).__invert__(), (3).__pos__(), (3).__abs__())
print((3).__add__(1.5), (3).__radd__(4), 3 + 1.5, 1.5 + 3)
for expr, value in (("1 + 2 * 3", 1 + 2 * 3), ("(1 + 2) * 3", (1 + 2) * 3),
                    ("-2 ** 2", -2 ** 2), ("2 ** -2", 2 ** -2), ("10 - 2 - 3", 10 - 2 - 3),
                    ("2 ** 2 ** 3", 2 ** 2 ** 3), ("~0 + 1", ~0 + 1), ("1 << 2 + 1", 1 << 2 + 1),
                    ("7 % 4 * 2", 7 % 4 * 2), ("not 1 + 1", not 1 + 1)):
    print(expr, "=", value, value == eval(expr))
try:
    print("a" - 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * "3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(type(e).__name__, e)
