# Comparison operators across types: numeric tower, strings, sequences,
# None/bool identity, `is`/`in`, chained comparisons evaluating operands
# once, and TypeError for unorderable types.
print(1 == 1.0, 1 == True, 0 == False, 2 ** 53 + 1 == float(2 ** 53 + 1), 1 < 1.5 < 2)
print("a" < "b" < "c", "abc" > "abd", [1, 2] == [1, 2], (1, 2) != (1, 2.0), [1] < [1, 0])
print(None is None, None == 0, [] is [], "x" in "xyz", 3 in [1, 2, 3], 4 not in (1, 2))
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {2, 3}, [] in [[], 1], None in [0, False, ""])
calls = []


def value(v):
    calls.append(v)
    return v


print(value(1) < value(2) < value(3), calls)
calls.clear()
print(value(3) < value(2) < value(1), calls)
calls.clear()
print(value(1) == value(1) != value(2) is not None, calls)
for a, b in ((1, "1"), ([], ()), (None, 0), ({}, {})):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(max(2, 3.5), min(True, 0.5), sorted([3, 1.5, True, -2]), 1e308 * 10 > 10 ** 400)
nan = float("nan")
print(nan == nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(10 ** 30 > 1e29, -(10 ** 30) < -1e29, 2 ** 64 == 18446744073709551616.0, 0.1 + 0.2 == 0.3)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0, x is not None, not x == 4)
