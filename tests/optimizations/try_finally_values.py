# A finally block runs after the try block completed, returned or raised:
# what the try block assigns is unknown there (the return value was taken
# before the finally ran), while values assigned before the try statement
# and never re-assigned in it are still propagated into the finally.
log = []


def finally_runs(value):
    tag = "tag"
    status = "start"
    try:
        status = "in try"
        if value:
            return status + "/returned"
        status = "fell through"
    finally:
        log.append((status, tag + "!"))
    return status


print(finally_runs(1), finally_runs(0), log)
# CHECK: name="finally_runs">
# CHECK: <node kind="StatementReturn" line="14"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="'in try/returned'" type="str"/>
# CHECK: <node kind="ExpressionVariableRef" line="17" {{.*}}variable="status"
# CHECK-NOT: known_value
# CHECK-SAME: />
# CHECK: value="'tag!'" type="str"/>
# OPT: try_finally_values.py:14: new_constant: Value propagated for 'status' from constant assignment.
# OPT: try_finally_values.py:14: new_constant: Operation '+' with constant arguments folded.
# OPT: try_finally_values.py:17: new_constant: Value propagated for 'tag' from constant assignment.
# OPT: try_finally_values.py:17: new_constant: Operation '+' with constant arguments folded.
# OPT-NOT: try_finally_values.py:17: new_constant: Value propagated for 'status'
# OPT-NOT: try_finally_values.py:18: new_constant: Value propagated for 'status'
