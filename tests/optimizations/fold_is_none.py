# `is None` / `is not None` (and `is` against True/False) are decided when
# one side is a singleton and the other's value is known; for a parameter
# nothing is known, so the test stays.
def known():
    n = None
    z = 0
    t = 1 < 2
    return n is None, z is None, n is not None, z is not None, t is True, z is False


def unknown(value=None):
    return value is None


print(known(), unknown(), unknown(0))
# CHECK: name="known">
# CHECK: <node kind="StatementReturn" line="8"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK: name="unknown">
# CHECK: <node kind="ExpressionComparison" {{.*}} operator="Is">
# OPT: fold_is_none.py:8: new_constant: Comparison 'is' with constant arguments folded.
# OPT: fold_is_none.py:8: new_constant: Comparison 'is not' with constant arguments folded.
# OPT-NOT: fold_is_none.py:12: new_constant
