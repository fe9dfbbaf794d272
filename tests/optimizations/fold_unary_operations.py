# Unary -, + and ~ on int, float, bool and complex variables with known
# values are folded, as is `not` of any value with a known truth; ~ of a
# float raises and is left to run time.
def unary():
    i = 5
    f = -2.5
    b = True
    c = 1 + 2j
    z = 0
    e = ""
    return -i, +f, ~i, -f, ~b, -b, -c, not z, not e, not i, not b


def invert_float():
    f = 1.5
    return ~f


print(unary())
try:
    invert_float()
except TypeError as e:
    print("TypeError", e)
# CHECK: name="unary">
# CHECK: <node kind="StatementReturn" line="11"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="-5" type="int"/>
# CHECK-NEXT: value="-2.5" type="float"/>
# CHECK-NEXT: value="-6" type="int"/>
# CHECK-NEXT: value="2.5" type="float"/>
# CHECK-NEXT: value="-2" type="int"/>
# CHECK-NEXT: value="-1" type="int"/>
# CHECK-NEXT: value="(-1-2j)" type="complex"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK: name="invert_float">
# CHECK: <node kind="ExpressionOperationUnary" {{.*}}
# OPT: fold_unary_operations.py:11: new_constant: Operation '-' with constant arguments folded.
# OPT: fold_unary_operations.py:11: new_constant: Operation '~' with constant arguments folded.
# OPT: fold_unary_operations.py:11: new_constant: Negated known truth value.
