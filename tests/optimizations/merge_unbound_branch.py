# A variable assigned on one branch only may be unbound after the if: its
# value is not propagated and the read keeps its check, so CPython's
# UnboundLocalError still happens at run time on the other path (also
# when the other branch deletes it, and after a loop that may not run).
def one_branch(flag):
    if flag:
        x = 1
    return x + 1


def deleted_on_branch(flag):
    y = "bound"
    if flag:
        del y
    return y


def loop_may_not_run(items):
    for item in items:
        z = item
    return z


for call, arg in ((one_branch, True), (one_branch, False), (deleted_on_branch, False),
                  (deleted_on_branch, True), (loop_may_not_run, [3]), (loop_may_not_run, [])):
    try:
        print(call.__name__, call(arg))
    except UnboundLocalError as e:
        print(call.__name__, "UnboundLocalError:", e)
# CHECK: name="one_branch">
# CHECK: <node kind="StatementReturn" line="8"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Add">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="x"
# CHECK: name="deleted_on_branch">
# CHECK: <node kind="StatementReturn" line="15"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="y"
# CHECK: name="loop_may_not_run">
# CHECK: <node kind="StatementReturn" line="21"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="z"
# OPT-NOT: Value propagated for 'x'
# OPT-NOT: Value propagated for 'y'
# OPT-NOT: Removed assignment to never read variable 'x'
