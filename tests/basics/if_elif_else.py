# Conditionals: if/elif/else chains, truthiness of every basic type, and/or
# returning operands, not, conditional expressions, chained comparisons.
def classify(v):
    if v is None:
        return "none"
    elif v is True or v is False:
        return "bool"
    elif v == 0:
        return "zero"
    elif v < 0:
        return "negative"
    elif v < 10:
        return "small"
    else:
        return "large"


for v in (None, True, False, 0, -3, 4, 12, 0.0, 2.5):
    print(repr(v), classify(v))

for value in (0, 1, "", "x", [], [0], {}, {"a": 1}, (), (None,), 0.0, None, set()):
    if value:
        print(repr(value), "is true")
    else:
        print(repr(value), "is false")

print(0 or "default", "" or [] or 0, 3 and 4, 0 and 1 / 0, None or None)
print(1 and 2 and 3, 1 and 0 and 3, not 0, not "x", not not [])
x = 5
print("mid" if 1 < x < 10 else "out", 1 < x > 3, 1 < x < 3, x == 5 != 6)
y = 7 if x > 3 else 1 / 0
print(y)
calls = []


def side(tag, result):
    calls.append(tag)
    return result


if side("a", 0) or side("b", 1) and side("c", 0):
    print("taken")
else:
    print("not taken")
print(calls)
if side("d", []) is not None and not side("e", False):
    print("second taken", calls)
