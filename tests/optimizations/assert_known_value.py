# An assert on a value known to be true is removed; one known to be false
# stays a raise, and one on an unknown value stays as it is.
def f(n):
    limit = 10
    assert limit > 3, "never"
    assert n > 0, "n must be positive"
    return n + limit


print(f(1))
try:
    f(0)
except AssertionError as e:
    print("AssertionError", e)
# CHECK: name="f">
# CHECK-NOT: never
# CHECK: n must be positive
# OPT: assert_known_value.py:5: new_statements: Condition for branch statement was predicted to be always false.
