# Asserts whose condition is decided for every value a variable can have
# after a branch are removed (`x` in (1, 2): `x > 0` always holds); one
# not decided for all values stays, and one known false still raises
# AssertionError with its message at run time (what follows it is dead).
def merged(flag):
    if flag:
        x = 1
    else:
        x = 2
    assert x > 0, "never fails"
    assert x == 1, "x is not one"
    return x


def always_fails():
    limit = 3
    assert limit > 5, "limit too small"
    return "unreachable?"


print(merged(True))
for call in (lambda: merged(False), always_fails):
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)
# CHECK: name="merged">
# CHECK-NOT: never fails
# CHECK: x is not one
# CHECK: name="always_fails">
# CHECK: limit too small
# OPT: assert_removal.py:10: new_constant: Comparison '>' decided for every known value of its operands.
# OPT: assert_removal.py:10: new_statements: Condition for branch statement was predicted to be always false.
# OPT-NOT: assert_removal.py:11: new_statements
# OPT: assert_removal.py:17: new_statements: Condition for branch statement was predicted to be always true.
# OPT-NEXT: assert_removal.py:18: new_statements: Removed 1 unreachable statement after abortive StatementsSequence.
