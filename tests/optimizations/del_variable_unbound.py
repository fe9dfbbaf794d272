# `del x` makes the variable unbound: a later read is not replaced by the
# deleted value and still raises UnboundLocalError at run time (a second
# `del` raises too); an assignment after the `del` is propagated again.
def read_after_del():
    x = 1
    del x
    return x


def del_twice():
    y = "y"
    del y
    del y


def reassigned_after_del():
    z = 1
    del z
    z = 2
    return z + 1


for call in (read_after_del, del_twice, reassigned_after_del):
    try:
        print(call.__name__, call())
    except UnboundLocalError as e:
        print(call.__name__, "UnboundLocalError:", e)
# CHECK: name="read_after_del">
# CHECK: <node kind="StatementReturn" line="7"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="x"
# CHECK: name="del_twice">
# CHECK: StatementDelVariable
# CHECK: StatementDelVariable
# CHECK: name="reassigned_after_del">
# CHECK: <node kind="StatementReturn" line="20"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="3" type="int"/>
# OPT-NOT: Value propagated for 'x'
# OPT: del_variable_unbound.py:20: new_constant: Value propagated for 'z' from constant assignment.
# OPT: del_variable_unbound.py:20: new_constant: Operation '+' with constant arguments folded.
