# Every arithmetic operator on two int variables known to be constants is
# folded by the optimizer (the front end only folds literal operands):
# +, -, *, /, //, %, ** including negative operands and a negative power.
def arithmetic():
    a = 17
    b = -5
    return a + b, a - b, a * b, a / b, a // b, a % b, b ** 3, a ** -1, b // a, b % a


print(arithmetic())
# CHECK: name="arithmetic">
# CHECK: <node kind="StatementReturn" line="7"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="12" type="int"/>
# CHECK-NEXT: value="22" type="int"/>
# CHECK-NEXT: value="-85" type="int"/>
# CHECK-NEXT: value="-3.4" type="float"/>
# CHECK-NEXT: value="-4" type="int"/>
# CHECK-NEXT: value="-3" type="int"/>
# CHECK-NEXT: value="-125" type="int"/>
# CHECK-NEXT: value="0.058823529411764705" type="float"/>
# CHECK-NEXT: value="-1" type="int"/>
# CHECK-NEXT: value="12" type="int"/>
# CHECK-NOT: ExpressionOperationBinary
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '+' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '-' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '/' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '//' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '%' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '**' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '**' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '//' with constant arguments folded.
# OPT: fold_int_arithmetic.py:7: new_constant: Operation '%' with constant arguments folded.
