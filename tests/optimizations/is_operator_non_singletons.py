# `is` between values that are not None/True/False/Ellipsis depends on
# object identity, which the program's run decides (interning, small int
# caching, constants sharing), so it is never folded, even when both sides
# are equal known constants; `==` on the same values is folded.
def identity():
    a = 1000
    b = 1000
    s = "some text"
    t = "some text"
    u = (1, 2)
    v = (1, 2)
    same = a is b, s is t, u is v, a is not b
    return type(same[0]).__name__, a == b, s == t, u == v


print(identity())
# CHECK: name="identity">
# CHECK: <node kind="StatementAssignmentVariable" line="12" {{.*}}variable="same"
# CHECK: <node kind="ExpressionComparison" {{.*}}operator="Is">
# CHECK: <node kind="ExpressionComparison" {{.*}}operator="Is">
# CHECK: <node kind="ExpressionComparison" {{.*}}operator="Is">
# CHECK: <node kind="ExpressionComparison" {{.*}}operator="IsNot">
# CHECK: <node kind="StatementReturn" line="13"
# OPT-NOT: is_operator_non_singletons.py:12: new_constant: Comparison
# OPT: is_operator_non_singletons.py:13: new_constant: Comparison '==' with constant arguments folded.
