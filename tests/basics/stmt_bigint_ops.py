# Big integers: factorials, large powers, Fibonacci, mixed-sign arithmetic,
# pow with modulus (incl. negative exponent = modular inverse), bit_length/
# bit_count, comparisons with floats, isqrt/gcd/lcm/comb, hashing, and
# conversion to/from strings in bases 2/8/16/36.
import math
f50 = math.factorial(50)
print(f50, len(str(f50)), f50.bit_length(), f50 % 10 ** 9, f50 // math.factorial(48))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact == math.factorial(30), -fact, abs(-fact), fact // -7, fact % -7, divmod(-fact, 10 ** 20))
big = 2 ** 200
print(big, 3 ** 100, (-2) ** 101, 10 ** 50 - 1, big - big + 1, big * 0, -big // big, big // (big + 1))
print(pow(2, 1000, 10 ** 9 + 7), pow(3, -1, 11), pow(-5, 3, 7), pow(5, -2, 13), pow(7, 10 ** 20, 13), pow(10 ** 30, 2, 10 ** 6 + 3))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_length(), a.bit_count(), len(str(a)))
print((2 ** 64).bit_length(), (2 ** 64 - 1).bit_length(), (-(2 ** 64)).bit_length(), (0).bit_length(), (-1).bit_count(), (2 ** 100 - 1).bit_count())
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < float("-inf"), 10 ** 400 < float("inf"))
print(math.isqrt(10 ** 40), math.isqrt(2 ** 101), math.gcd(f50, 2 ** 100), math.lcm(2 ** 40, 3 ** 20), math.comb(100, 50), math.perm(30, 10))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 70)) == hash(-(2 ** 70) % (2 ** 61 - 1)) * -1 or "n/a", hash(10 ** 20) == hash(float(10 ** 20)))
n = 12345678901234567890123456789
print(bin(n), oct(n), hex(n), hex(-n), int(bin(n), 0) == n, int(hex(n)[2:], 16) == n, int("zz" * 10, 36))
print(format(n, ","), format(n, "_x"), format(n, "e"), format(-n, ">+40"), f"{n:.3e}", str(n)[:10], repr(-n))
print(int("-" + "9" * 50) + 1, int("0b" + "1" * 70, 2), int("  123_456_789_000_000_000_000  "), int("7" * 40, 8) % 1000)
print(sum(range(10 ** 6)), sum(i * i for i in range(10 ** 3)) ** 3, max(2 ** 100, 3 ** 63, 5 ** 43), min(-(2 ** 100), -(3 ** 63)))
print((10 ** 30 + 1) * (10 ** 30 - 1) == 10 ** 60 - 1, (1 << 1000) >> 998, -(1 << 100) >> 98, ~(2 ** 100) == -(2 ** 100) - 1)
print(round(123456789012345678901234567890, -20), round(-(10 ** 25) + 5, -1), round(15, -1), round(25, -1), round(2 ** 70))
print(float(2 ** 100), int(float(2 ** 100)) == 2 ** 100, int(1e30), 2 ** 100 / 2 ** 98, 10 ** 30 // 3 * 3 + 10 ** 30 % 3 == 10 ** 30)
print(math.factorial(20) / math.factorial(18), (2 ** 1000).__sizeof__() > (2).__sizeof__(), True + 2 ** 100)
for label, thunk in (("factorial -1", lambda: math.factorial(-1)), ("isqrt -1", lambda: math.isqrt(-1)),
                     ("pow inverse", lambda: pow(4, -1, 8)), ("int base 37", lambda: int("1", 37)),
                     ("int bad digit", lambda: int("12a", 10)), ("float huge", lambda: float(10 ** 400)),
                     ("huge / 1", lambda: 10 ** 400 / 1), ("math.sqrt huge", lambda: math.sqrt(10 ** 400)),
                     ("math.log huge", lambda: round(math.log10(10 ** 400), 6))):
    try:
        print(label, thunk())
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)
