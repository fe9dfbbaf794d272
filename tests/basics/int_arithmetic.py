# Integer arithmetic on small ints: every binary operator, floor division and
# modulo with negative operands, shifts, bitwise operators, unary operators.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(a << 3, a >> 2, -a >> 2, a & b, a | b, a ^ b, ~a, -a, +a)
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0, pow(3, 4), pow(3, 4, 5))
print(abs(-7), abs(7), int("42"), int("-0x1f", 16), int(" 12 "), int(3.99), int(-3.99))
print(7 == 7.0, 7 < 8, 8 <= 7, 1 != 1, 3 > 2 > 1, 1 < 3 < 2)
total = 0
i = 0
while i < 1000:
    total += i * i - 3 * i
    i += 1
print("sum of squares minus", total)
x = 1
for step in range(64):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
print("lcg", x)
print(True + True, True * 10, False - 1, 5 // True)
print(round(17, -1), round(15, -1), round(25, -1), round(-15, -1))
print(int.bit_length(1023), (1023).bit_length(), (255).to_bytes(2, "big"))
