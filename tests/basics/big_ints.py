# Arbitrary-precision integers: factorials, powers, mixed small/big
# arithmetic, division and modulo of big numbers, conversions.
f = 1
for n in range(1, 51):
    f *= n
print("50! =", f)
print(2 ** 200)
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) // -7)
big = 123456789012345678901234567890
print(big * big, big + 1, big - big, big // 97, big % 97)
print(big << 70, big >> 40, big & 0xFFFFFFFF, big | 1, big ^ big)
print(pow(big, 3, 10 ** 9 + 7), pow(2, 1000) % 1000007)
print(hex(big), oct(big), bin(2 ** 70 + 1))
print(str(10 ** 50)[:20], len(str(7 ** 300)))
print(big == big + 0, big > 10 ** 29, big < -big, -big)
print(int("9" * 40) + 1)
print(divmod(10 ** 30 + 17, 10 ** 15))
print((2 ** 64 - 1).bit_length(), (-(2 ** 64)).bit_length())
print(abs(-big), float(2 ** 60), 2 ** 62 + 2 ** 62, -(2 ** 63) - 1)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib(300) =", a)
