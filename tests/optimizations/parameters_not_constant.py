# Parameters are bound on entry but their value is never known, even with a
# constant default (callers may pass anything), so their reads and the
# operations on them stay; once a parameter is re-assigned a constant in
# the body, that value is propagated like any local's.
def with_default(x=1, *rest, key="k", **extra):
    return x + 1, key * 2, rest, extra


def reassigned(x):
    first = x * 2
    x = 10
    return first, x * 2


print(with_default(), with_default(5, 6, key="z", other=1), reassigned(3))
# CHECK: name="with_default">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Add">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="x" {{.*}}reference="local" version="0"/>
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="key"
# CHECK: name="reassigned">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="x"
# CHECK: <node kind="StatementReturn" line="12"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="first"
# CHECK-NEXT: value="20" type="int"/>
# OPT-NOT: parameters_not_constant.py:6: new_constant
# OPT-NOT: parameters_not_constant.py:10: new_constant
# OPT: parameters_not_constant.py:12: new_constant: Value propagated for 'x' from constant assignment.
# OPT: parameters_not_constant.py:12: new_constant: Operation '*' with constant arguments folded.
