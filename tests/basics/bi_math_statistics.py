# math: gcd/lcm with several and zero arguments, isqrt, comb/perm (and
# their errors), floor/ceil/trunc on floats, negative values and objects,
# fsum vs sum, isclose tolerances, factorial, prod, copysign, inf/nan
# handling, log with bases, domain errors; statistics: mean, fmean, median
# (low/high), mode/multimode, pstdev/stdev and the StatisticsError cases.
import math
import statistics
from fractions import Fraction

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.gcd(0, 0))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(2, 3, 4), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 4))
print(math.factorial(0), math.factorial(20), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10),
      math.prod([Fraction(1, 2), 4]))
for bad in (lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.comb(5.0, 2), lambda: math.factorial(-3),
            lambda: math.factorial(2.0), lambda: math.perm(2, -1), lambda: math.gcd(2.5, 5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

values = [2.5, -2.5, 3.0, -0.5, 1e20, -1e-20]
print([math.floor(v) for v in values], [math.ceil(v) for v in values], [math.trunc(v) for v in values])
print(type(math.floor(2.5)).__name__, math.floor(Fraction(7, 2)), math.ceil(Fraction(-7, 2)), math.floor(5))


class Temp:
    def __floor__(self):
        return "floor called"

    def __ceil__(self):
        return "ceil called"


print(math.floor(Temp()), math.ceil(Temp()))
for bad in (float("inf"), float("nan")):
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

small = [0.1] * 10
print(sum(small), math.fsum(small), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2),
      math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(math.copysign(3, -0.0), math.fabs(-2), math.isinf(-math.inf), math.isnan(math.nan), math.isfinite(1e308),
      math.inf > 1e308, math.pi, math.e, math.tau == 2 * math.pi)
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.sqrt(2), math.hypot(3, 4),
      math.dist((0, 0), (3, 4)), math.pow(2, 0.5), math.degrees(math.pi), math.radians(180) == math.pi)
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), math.atan2(1, 1) == math.pi / 4, math.modf(3.75),
      math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
            lambda: math.acos(2)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data), statistics.median([3, 1, 2]),
      statistics.median_low(data), statistics.median_high([1, 2, 3, 4]), statistics.mode(data))
print(statistics.pstdev(data), statistics.pvariance(data), round(statistics.stdev(data), 10), statistics.variance([1, 2, 3, 4]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.multimode("aabbbcccd"), statistics.mode(["x"]),
      statistics.median_grouped([1, 2, 2, 3]), statistics.harmonic_mean([1, 2, 4]), statistics.geometric_mean([1, 4]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.mean([1.5, 2.5]))
for bad in (lambda: statistics.mean([]), lambda: statistics.median([]), lambda: statistics.stdev([1]),
            lambda: statistics.mode([]), lambda: statistics.variance([5])):
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
print(issubclass(statistics.StatisticsError, ValueError))
