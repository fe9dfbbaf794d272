# Code a function calls can see its local variables (sys._getframe(1)
# .f_locals), and so can a traceback of an exception it raises: in such
# functions reads are still replaced by constants, but the assignments
# nothing reads any more are kept, and the frames show every variable.
import sys


def peek():
    return sorted(sys._getframe(1).f_locals.items())


def caller():
    hidden = "seen by the callee"
    number = 41
    return peek(), number + 1


def fails():
    secret = "seen in the traceback"
    zero = 0
    return 1 / zero


print(caller())
try:
    fails()
except ZeroDivisionError as e:
    print("ZeroDivisionError", sorted(e.__traceback__.tb_next.tb_frame.f_locals.items()))
# CHECK: name="caller">
# CHECK: <node kind="StatementAssignmentVariable" {{.*}}variable="hidden"
# CHECK: <node kind="StatementAssignmentVariable" {{.*}}variable="number"
# CHECK: value="42" type="int"/>
# CHECK: name="fails">
# CHECK: <node kind="StatementAssignmentVariable" {{.*}}variable="secret"
# CHECK: <node kind="StatementAssignmentVariable" {{.*}}variable="zero"
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Div">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: value="1" type="int"/>
# CHECK-NEXT: </role>
# CHECK-NEXT: <role name="right">
# CHECK-NEXT: value="0" type="int"/>
# OPT: unused_assignment_kept_for_frames.py:15: new_constant: Value propagated for 'number' from constant assignment.
# OPT: unused_assignment_kept_for_frames.py:21: new_constant: Value propagated for 'zero' from constant assignment.
# OPT-NOT: Removed assignment
