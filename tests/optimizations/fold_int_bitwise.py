# Shifts and bitwise operators on int (and bool) variables with known values
# are folded, including negative operands and bool results of bool operands.
def bitwise():
    a = 0b1100
    b = 0b1010
    n = -9
    t = True
    f = False
    return a << 3, a >> 2, n >> 1, a & b, a | b, a ^ b, n & 0xFF, t & f, t | f, t ^ t, t + t


print(bitwise())
# CHECK: name="bitwise">
# CHECK: <node kind="StatementReturn" line="9"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="96" type="int"/>
# CHECK-NEXT: value="3" type="int"/>
# CHECK-NEXT: value="-5" type="int"/>
# CHECK-NEXT: value="8" type="int"/>
# CHECK-NEXT: value="14" type="int"/>
# CHECK-NEXT: value="6" type="int"/>
# CHECK-NEXT: value="247" type="int"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: value="2" type="int"/>
# CHECK-NOT: ExpressionOperationBinary
# OPT: fold_int_bitwise.py:9: new_constant: Operation '<<' with constant arguments folded.
# OPT: fold_int_bitwise.py:9: new_constant: Operation '>>' with constant arguments folded.
# OPT: fold_int_bitwise.py:9: new_constant: Operation '&' with constant arguments folded.
# OPT: fold_int_bitwise.py:9: new_constant: Operation '|' with constant arguments folded.
# OPT: fold_int_bitwise.py:9: new_constant: Operation '^' with constant arguments folded.
