# Special float values and float methods: inf/nan arithmetic and
# comparisons (nan never equal, sorting with nan, min/max with nan,
# containers with the same nan object), signed zero (copysign, atan2,
# repr), float.hex/fromhex round trips, is_integer, as_integer_ratio,
# hash of special values, float limits from sys.float_info.
import math
import sys
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, inf / inf, inf * -1, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan), math.isnan(inf - inf))
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], [float("nan")] == [float("nan")], (nan,) == (nan,), {nan: 1}.get(nan))
print(max(1, nan), max(nan, 1), min(nan, 1), min(1, nan), sorted([3, nan, 1]) if False else "sort skipped", sum([inf, -inf]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1), hash(1.5) == hash(1.5))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), math.copysign(1, 0.0), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-(0.0)), str(-0.0), f"{-0.0}", math.copysign(3, -nan) < 0)
for v in (1.0, 0.5, 0.1, -2.75, 1e-320, 1e308, 0.0, -0.0, 3.141592653589793):
    h = v.hex()
    print(v, h, float.fromhex(h) == v, v.is_integer(), v.as_integer_ratio())
print(inf.hex(), nan.hex(), (-inf).hex(), float.fromhex("inf"), float.fromhex("-nan"), float.fromhex("0x0p0"))
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer(), inf.is_integer(), nan.is_integer())
for label, thunk in (("ratio inf", lambda: inf.as_integer_ratio()), ("ratio nan", lambda: nan.as_integer_ratio()),
                     ("fromhex bad", lambda: float.fromhex("0xg")), ("fromhex huge", lambda: float.fromhex("0x1p2000")),
                     ("math.sqrt -1", lambda: math.sqrt(-1)), ("math.log 0", lambda: math.log(0)),
                     ("math.exp big", lambda: math.exp(1000)), ("inf % 1", lambda: inf % 1), ("1 % inf", lambda: 1 % inf),
                     ("math.fmod inf", lambda: math.fmod(inf, 1)), ("divmod inf", lambda: divmod(inf, 2))):
    try:
        print(label, thunk())
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0, fi.min * fi.epsilon, math.nextafter(1.0, 2.0) - 1.0 == fi.epsilon)
print(math.ulp(1.0), math.ulp(0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0), math.inf is not inf, math.nan != math.nan)
values = [2.0, -inf, 0.5, inf, -0.0, 0.0]
print(sorted(values), sorted(values, reverse=True), max(values), min(values))
