# Arithmetic on float variables (and floats mixed with ints) is folded with
# CPython's own float semantics: rounding (0.1 + 0.2), floor division and
# modulo signs, overflow to inf in multiplication; inf - inf (a nan) is
# never folded: each evaluation makes a distinct nan.
def floats():
    a = 0.1
    b = 0.2
    c = -7.5
    big = 1e308
    i = 2
    inf = big * 10.0
    return a + b, c // i, c % i, i / 4, c * i, i ** 0.5, inf, inf - inf, -inf


print(floats())
# CHECK: name="floats">
# CHECK: <node kind="StatementReturn" line="12"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="0.30000000000000004" type="float"/>
# CHECK-NEXT: value="-4.0" type="float"/>
# CHECK-NEXT: value="0.5" type="float"/>
# CHECK-NEXT: value="0.5" type="float"/>
# CHECK-NEXT: value="-15.0" type="float"/>
# CHECK-NEXT: value="1.4142135623730951" type="float"/>
# CHECK-NEXT: value="inf" type="float"/>
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Sub">
# CHECK: value="-inf" type="float"/>
# CHECK-NOT: ExpressionOperation
# OPT: fold_float_arithmetic.py:11: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_float_arithmetic.py:12: new_constant: Operation '+' with constant arguments folded.
# OPT: fold_float_arithmetic.py:12: new_constant: Operation '//' with constant arguments folded.
# OPT: fold_float_arithmetic.py:12: new_constant: Operation '%' with constant arguments folded.
# OPT: fold_float_arithmetic.py:12: new_constant: Operation '/' with constant arguments folded.
# OPT: fold_float_arithmetic.py:12: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_float_arithmetic.py:12: new_constant: Operation '**' with constant arguments folded.
# OPT: fold_float_arithmetic.py:12: new_constant: Operation '-' with constant arguments folded.
