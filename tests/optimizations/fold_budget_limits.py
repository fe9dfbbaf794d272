# Folding stays within budgets, judged before computing: in functions that
# are never called, a huge repetition ("ab" * 10**8) and a huge power
# (10 ** 100000) of known variables are left to run time; the same
# operations with small operands fold.
def huge_repeat():
    s = "ab"
    n = 10**8
    return s * n


def huge_power():
    base = 10
    exponent = 100000
    return base ** exponent


def small():
    s = "ab"
    n = 3
    base = 10
    exponent = 20
    return s * n, base ** exponent


print(small())
# CHECK: name="huge_repeat">
# CHECK: <node kind="StatementReturn" line="8"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: value="'ab'" type="str"/>
# CHECK-NEXT: </role>
# CHECK-NEXT: <role name="right">
# CHECK-NEXT: value="100000000" type="int"/>
# CHECK: name="huge_power">
# CHECK: <node kind="StatementReturn" line="14"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Pow">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: value="10" type="int"/>
# CHECK-NEXT: </role>
# CHECK-NEXT: <role name="right">
# CHECK-NEXT: value="100000" type="int"/>
# CHECK: name="small">
# CHECK: <node kind="StatementReturn" line="22"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="'ababab'" type="str"/>
# CHECK-NEXT: value="100000000000000000000" type="int"/>
# OPT-NOT: fold_budget_limits.py:8: new_constant: Operation
# OPT-NOT: fold_budget_limits.py:14: new_constant: Operation
# OPT: fold_budget_limits.py:22: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_budget_limits.py:22: new_constant: Operation '**' with constant arguments folded.
