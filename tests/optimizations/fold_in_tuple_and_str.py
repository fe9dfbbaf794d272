# `in` / `not in` against a known tuple, str or bytes are folded (equality
# for tuple items, so 1.0 is found in (1, 2); substrings for str); an int
# in a str raises TypeError and is left to run time.
def membership():
    t = (1, 2, "three")
    s = "hello"
    one = 1.0
    return one in t, "three" in t, 4 not in t, "ell" in s, "" in s, "z" not in s, "l" in "xyz"


def bad():
    s = "hello"
    n = 1
    return n in s


print(membership())
try:
    bad()
except TypeError as e:
    print("TypeError", e)
# CHECK: name="membership">
# CHECK: <node kind="StatementReturn" line="8"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK: name="bad">
# CHECK: <node kind="ExpressionComparison" {{.*}} operator="In">
# OPT: fold_in_tuple_and_str.py:8: new_constant: Comparison 'in' with constant arguments folded.
# OPT: fold_in_tuple_and_str.py:8: new_constant: Comparison 'not in' with constant arguments folded.
# OPT-NOT: fold_in_tuple_and_str.py:14: new_constant: Comparison
