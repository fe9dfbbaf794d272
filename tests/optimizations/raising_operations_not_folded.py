# Operations on known values that raise are never folded: division and
# modulo by zero, a negative shift count, int + str, a float power that
# overflows and 0 ** -1 all stay as operations and raise at run time with
# CPython's exception, message and traceback (the last one uncaught).
import traceback


def failing(which):
    zero = 0
    one = 1
    text = "t"
    big = 10.0
    if which == 0:
        return one / zero
    if which == 1:
        return one % zero
    if which == 2:
        return one << -one
    if which == 3:
        return one + text
    if which == 4:
        return big ** 400
    return zero ** -one


for which in range(6):
    try:
        failing(which)
    except Exception as e:
        frames = [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]
        print(type(e).__name__, e, frames)


def uncaught():
    divisor = 0
    return 7 // divisor


uncaught()
# CHECK: name="failing">
# CHECK: <node kind="ExpressionOperationBinary" line="14" {{.*}}operator="Div">
# CHECK: <node kind="ExpressionOperationBinary" line="16" {{.*}}operator="Mod">
# CHECK: <node kind="ExpressionOperationBinary" line="18" {{.*}}operator="LShift">
# CHECK: <node kind="ExpressionOperationBinary" line="20" {{.*}}operator="Add">
# CHECK: <node kind="ExpressionOperationBinary" line="22" {{.*}}operator="Pow">
# CHECK: <node kind="ExpressionOperationBinary" line="23" {{.*}}operator="Pow">
# CHECK: name="uncaught">
# CHECK: <node kind="ExpressionOperationBinary" line="36" {{.*}}operator="FloorDiv">
# OPT: raising_operations_not_folded.py:14: new_constant: Value propagated for 'one' from constant assignment.
# OPT: raising_operations_not_folded.py:14: new_constant: Value propagated for 'zero' from constant assignment.
# OPT: raising_operations_not_folded.py:18: new_constant: Operation '-' with constant arguments folded.
# OPT-NOT: new_constant: Operation '{{/|%|<<|\+|\*\*}}'
# OPT: raising_operations_not_folded.py:36: new_constant: Value propagated for 'divisor' from constant assignment.
# OPT-NOT: new_constant: Operation '//'
