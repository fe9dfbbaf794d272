# Concatenation and repetition of str variables are folded, including
# non-ASCII text, repetition by a bool or a negative count, and comparisons
# of the results; `%` formatting of a string is left to run time.
def strings():
    a = "ab"
    b = "\u00e9\u4e2d"
    n = 3
    yes = True
    s = a + b
    return s, a * n, n * b, a * yes, a * -2, s < a, s == "ab\u00e9\u4e2d", "%s!" % a


print(ascii(strings()))
# CHECK: name="strings">
# CHECK: <node kind="StatementReturn" line="10"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: <node kind="ExpressionConstantRef" {{.*}} type="str"/>
# CHECK-NEXT: value="'ababab'" type="str"/>
# CHECK-NEXT: <node kind="ExpressionConstantRef" {{.*}} type="str"/>
# CHECK-NEXT: value="'ab'" type="str"/>
# CHECK-NEXT: value="''" type="str"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}} operator="Mod">
# OPT: fold_string_operations.py:9: new_constant: Operation '+' with constant arguments folded.
# OPT: fold_string_operations.py:10: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_string_operations.py:10: new_constant: Comparison '<' with constant arguments folded.
# OPT: fold_string_operations.py:10: new_constant: Comparison '==' with constant arguments folded.
# OPT-NOT: Operation '%'
