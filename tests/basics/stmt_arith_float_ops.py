# Float arithmetic: mixed int/float operations, precedence, float power
# with fractional/negative exponents, negative base with fractional power
# giving complex, overflow errors, signed zero behaviour.
x, y = 7.5, 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-x // y, -x % y, x // -y, x % -y, divmod(x, y), divmod(-x, y))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 1 / 3, 2 / 3, 10 / 4)
print(2 ** 0.5, 2 ** -0.5, 4 ** 0.5, 8 ** (1 / 3), 10.0 ** -3)
print((-8) ** (1 / 3))
print(type((-8) ** (1 / 3)).__name__, (-8.0) ** 2, (-2.0) ** -1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324, 5e-324 / 2)
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 == -0.0, abs(-0.0))
print(3 * 1.0, 3 + 0.0, type(3 + 0.0).__name__, 3 / 1, 2 ** 0.0, 0.0 ** 0)
print(1.5 * 2 + 3 / 4 - 5 // 2 ** 2, (1.5 * 2 + 3) / 4, -1.5 ** 2)
print(round(x / y, 3), round(-x / y), round(2.675, 2), round(1e20), round(0.5), round(1.5))
print(7.0 // 0.1, 7.0 % 0.1, 1.0 % 0.3, -1.0 % 0.3)
print(float("1e500"), float("-1e500"), 1e16 + 1, 2.0 ** 53 + 1, 2 ** 53 + 1.0)
print(1.0 + 2 ** 60, float(2 ** 60), 2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(3.0.__add__(1), (3.0).__radd__(1), 3.0.__rtruediv__(6), 3.0.__rpow__(2))
print(3.0.__add__("a"), 3.0.__eq__("a"), (1).__truediv__(2.0))
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((10 ** 400) / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // 3 > 0, (10 ** 400) / (10 ** 399))
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.5 + "x")
except TypeError as e:
    print(type(e).__name__, e)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), abs(total - 1.0) < 1e-9)
import math
print(math.fsum([0.1] * 10), math.isclose(total, 1.0))
