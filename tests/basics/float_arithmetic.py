# Floats: operators, repr of results, mixing with ints, special values,
# rounding, conversions.
x = 1.5
y = -0.25
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** 2, y ** 3)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 7.0 // 2, -7.0 // 2, -7.0 % 3)
print(1e300 * 1e10, -1e300 * 1e10, 1e-320, 5e-324 / 2)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, nan == nan, nan != nan, inf > 1e308)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
print(int(2.9), int(-2.9), float(7), float("  3.25 "), float("-1e3"))
print(3 * 0.1, 0.1 * 3, 1.0 == 1, 2 ** 0.5, 2.0 ** -2, (-8.0) ** 2)
print(abs(-2.5), divmod(7.5, 2), divmod(-7.5, 2), max(1.5, 2), min(-0.0, 0.0))
print(1.0.is_integer(), (0.5).as_integer_ratio(), (3.75).hex(), float.fromhex("0x1.8p1"))
print(repr(1e16), repr(1e15), repr(123456789.123456789), str(1e-5), 1.0e22)
acc = 0.0
k = 1
while k <= 1000:
    acc += 1.0 / (k * k)
    k += 1
print("basel", acc)
print(f"{acc:.6f}", format(acc, ".3e"), "%.4f" % acc)
