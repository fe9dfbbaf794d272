# math module functions on ints and floats: sqrt/isqrt/cbrt-like powers,
# exp/log family (bases, log1p/expm1), trig and inverse trig, hypot/dist,
# degrees/radians, gamma/lgamma/erf, fsum vs sum, prod, comb/perm,
# factorial, gcd/lcm with many args, fabs/fmod/remainder/modf/frexp/ldexp,
# copysign, isclose tolerances, and domain errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.sqrt(2), math.sqrt(16), math.isqrt(17), math.pow(2, 10), math.pow(2, 0.5))
print(math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log2(3))
print(math.log1p(1e-10), math.expm1(1e-10), math.log(1e-300), math.exp(-1000), math.log(2 ** 1000), math.log10(10 ** 500))
print(round(math.sin(math.pi / 6), 12), math.cos(0), round(math.tan(math.pi / 4), 12), math.asin(1), math.acos(1), math.atan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.sinh(1), math.cosh(0), math.tanh(100), math.asinh(0), math.acosh(1), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90) == math.pi / 2)
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(100), math.erf(0), math.erfc(0), round(math.erf(1), 10))
vals = [0.1] * 10 + [1e100, 1.0, -1e100]
print(sum(vals), math.fsum(vals), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5] * 3), math.prod(range(1, 6), start=2))
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.perm(5), math.perm(5, 2), math.factorial(0), math.factorial(10))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8), math.frexp(0.1), math.ldexp(0.5, 4), math.copysign(5, -0.0), math.trunc(-2.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(-2.5), math.ceil(-2.5), math.floor(5), math.ceil(2 ** 70 + 0.0) == 2 ** 70, math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0)
for label, thunk in (("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
                     ("log(8, 1)", lambda: math.log(8, 1)), ("asin(2)", lambda: math.asin(2)), ("acosh(0)", lambda: math.acosh(0)),
                     ("gamma(0)", lambda: math.gamma(0)), ("gamma(-1)", lambda: math.gamma(-1)), ("exp(1000)", lambda: math.exp(1000)),
                     ("pow(0, -1)", lambda: math.pow(0, -1)), ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
                     ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("factorial(2.0)", lambda: math.factorial(2.0)),
                     ("comb(-1, 2)", lambda: math.comb(-1, 2)), ("sqrt('4')", lambda: math.sqrt("4")),
                     ("ldexp big", lambda: math.ldexp(1.0, 5000)), ("dist mismatch", lambda: math.dist((1,), (1, 2))),
                     ("isqrt float", lambda: math.isqrt(4.0)), ("gcd float", lambda: math.gcd(1.5, 2))):
    try:
        print(label, thunk())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)
