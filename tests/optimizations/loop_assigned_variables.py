# Inside and after a loop, a variable the loop body assigns is unknown (a
# later iteration, or the exit, sees the body's value), so it is neither
# replaced nor used to decide a comparison; a variable the loop never
# assigns keeps its constant inside and after the loop.
def counting(n):
    step = 3
    total = 0
    i = 0
    while i < n:
        total = total + step
        i += 1
    return total, step * 2, i == 0


def flag_in_loop(items):
    found = False
    for item in items:
        if found:
            return "second hit " + str(item)
        if item:
            found = True
    return found


print(counting(4), counting(0), flag_in_loop([0, 1, 2]), flag_in_loop([0, 0]))
# CHECK: name="counting">
# CHECK: <node kind="StatementAssignmentVariable" line="10"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Add">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="total"
# CHECK-NOT: known_value
# CHECK: <role name="right">
# CHECK-NEXT: value="3" type="int"/>
# CHECK: <node kind="StatementReturn" line="12"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="total"
# CHECK-NEXT: value="6" type="int"/>
# CHECK-NEXT: <node kind="ExpressionComparison" {{.*}}operator="Eq">
# CHECK: name="flag_in_loop">
# CHECK: <node kind="StatementConditional" line="18"
# CHECK-NEXT: <role name="condition">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="found"
# CHECK: <node kind="StatementReturn" line="22"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="found"
# OPT: loop_assigned_variables.py:10: new_constant: Value propagated for 'step' from constant assignment.
# OPT: loop_assigned_variables.py:12: new_constant: Value propagated for 'step' from constant assignment.
# OPT-NOT: Value propagated for 'total'
# OPT-NOT: Value propagated for 'i'
# OPT-NOT: Value propagated for 'found'
