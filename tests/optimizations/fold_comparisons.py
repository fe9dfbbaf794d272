# The six ordering/equality comparisons on known values are folded with
# CPython's rules: int and float compare by value (1 == 1.0, True == 1),
# str by code point, unrelated types are unequal; an ordering of
# unrelated types raises and is left to run time.
def compare():
    i = 3
    f = 3.0
    t = True
    s = "abc"
    n = None
    return i == f, i != f, t == 1, i < 4.5, i <= f, s > "abd", s >= "ab", s == i, n != 0


def unordered():
    s = "abc"
    i = 3
    return s < i


print(compare())
try:
    unordered()
except TypeError as e:
    print("TypeError", e)
# CHECK: name="compare">
# CHECK: <node kind="StatementReturn" line="11"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK: name="unordered">
# CHECK: <node kind="ExpressionComparison" {{.*}} operator="Lt">
# OPT: fold_comparisons.py:11: new_constant: Comparison '==' with constant arguments folded.
# OPT: fold_comparisons.py:11: new_constant: Comparison '!=' with constant arguments folded.
# OPT: fold_comparisons.py:11: new_constant: Comparison '<' with constant arguments folded.
# OPT: fold_comparisons.py:11: new_constant: Comparison '<=' with constant arguments folded.
# OPT: fold_comparisons.py:11: new_constant: Comparison '>' with constant arguments folded.
# OPT: fold_comparisons.py:11: new_constant: Comparison '>=' with constant arguments folded.
# OPT-NOT: fold_comparisons.py:17: new_constant: Comparison
