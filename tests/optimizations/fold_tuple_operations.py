# Constant tuples held in variables: concatenation, repetition, ordering
# and equality comparisons are folded; a comparison whose element
# comparison raises (2 < "a") stays.
def tuples():
    a = (1, "x")
    b = (2.5,)
    n = 2
    c = a + b
    return c, b * n, a * n, a < b, c == (1, "x", 2.5), a != c


def unorderable():
    a = (1, 2)
    b = (1, "a")
    return a < b


print(tuples())
try:
    print(unorderable())
except TypeError as e:
    print("TypeError", e)
# CHECK: name="tuples">
# CHECK: <node kind="StatementReturn" line="9"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="(1, 'x', 2.5)" type="tuple"/>
# CHECK-NEXT: value="(2.5, 2.5)" type="tuple"/>
# CHECK-NEXT: value="(1, 'x', 1, 'x')" type="tuple"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK: name="unorderable">
# CHECK: <node kind="ExpressionComparison" {{.*}} operator="Lt">
# OPT: fold_tuple_operations.py:8: new_constant: Operation '+' with constant arguments folded.
# OPT: fold_tuple_operations.py:9: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_tuple_operations.py:9: new_constant: Comparison '<' with constant arguments folded.
# OPT-NOT: fold_tuple_operations.py:15: new_constant: Comparison
