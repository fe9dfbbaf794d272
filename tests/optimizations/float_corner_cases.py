# Float corner cases follow CPython: a nan is never folded into a constant
# (each evaluation makes a new object, and a nan equals only itself, so
# one constant for all would change `[a] == [b]` and dict keys); its
# comparisons stay. 0.0 == -0.0 folds to True, and
# yet 0.0 and -0.0 are different constants: a merge of the two keeps both
# (x is 0.0 or -0.0, never replaced by one of them), and each branch's
# value keeps its sign.
def nan_compare():
    inf = 1e308 * 10.0
    nan = inf - inf
    return nan == nan, nan != nan, nan < nan, nan >= 0.0, nan != 1.0


def zero_compare():
    zero = 0.0
    neg = -zero
    return zero == neg, zero < neg, str(neg), str(zero)


def merged_zero(flag):
    if flag:
        x = 0.0
    else:
        x = -0.0
    return x, x == 0.0


print(nan_compare(), zero_compare(), merged_zero(True), merged_zero(False))
# CHECK: name="nan_compare">
# CHECK: <node kind="StatementAssignmentVariable" line="10" {{.*}}variable="nan"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Sub">
# CHECK: <node kind="StatementReturn" line="11"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: <node kind="ExpressionComparison"
# CHECK: name="zero_compare">
# CHECK: <node kind="StatementReturn" line="17"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK: name="merged_zero">
# CHECK: <node kind="StatementReturn" line="25"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="x" {{.*}}shape="float" known_value="({{(0.0, -0.0)|(-0.0, 0.0)}})"/>
# CHECK-NEXT: value="True" type="bool"/>
# OPT-NOT: float_corner_cases.py:11: new_constant: Comparison
# OPT: float_corner_cases.py:17: new_constant: Comparison '==' with constant arguments folded.
# OPT: float_corner_cases.py:25: new_constant: Comparison '==' decided for every known value of its operands.
# OPT-NOT: Value propagated for 'x'
