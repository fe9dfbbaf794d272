# Only variables whose every access the scope sees are tracked: a module
# variable (another function can rebind it) and a local shared with an
# inner function (a cell the inner function can rebind via nonlocal) are
# never replaced by their assigned constant, and neither is a class body
# variable.
LIMIT = 10


def set_limit(value):
    global LIMIT
    LIMIT = value


def reads_global():
    set_limit(20)
    return LIMIT + 1


def cell():
    count = 1

    def bump():
        nonlocal count
        count = 5

    bump()
    return count * 2


class Holder:
    size = 3
    size_twice = size * 2


print(reads_global(), cell(), Holder.size_twice)
# CHECK: name="reads_global">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Add">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="LIMIT"
# CHECK: name="cell">
# CHECK: <node kind="StatementReturn" line="27"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="count"
# CHECK: <node kind="ExpressionOperationBinary" line="32" {{.*}}operator="Mult">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionLocalsVariableRefOrFallback" {{.*}}variable="size"
# OPT-NOT: Value propagated for 'LIMIT'
# OPT-NOT: Value propagated for 'count'
# OPT-NOT: Value propagated for 'size'
