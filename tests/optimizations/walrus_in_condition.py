# An assignment expression in a condition is an outline that stores the
# value in a temporary (whose known constant is propagated inside it) and
# then in the variable; after it the variable must never be read as the
# value it had before the walrus, and a walrus in the right operand of
# `or` may not run at all.
def walrus_in_if():
    n = 1
    if (n := 2) > 1:
        print("taken with", n)
    return n


def walrus_in_or(flag):
    m = 0
    if flag or (m := 5):
        print("or is true, m =", m)
    return m


def walrus_in_while(items):
    total = 0
    while (item := items.pop()) != 0:
        total += item
    return total, item


print(walrus_in_if(), walrus_in_or(False), walrus_in_or(True), walrus_in_while([0, 3, 4]))
# CHECK: name="walrus_in_if">
# CHECK-NOT: known_value="1"
# CHECK: <node kind="ExpressionOutlineBody" line="8" {{.*}}name="named_expr">
# CHECK: <node kind="StatementReturn" line="10"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="n"
# CHECK-NOT: known_value="1"
# CHECK: name="walrus_in_or">
# CHECK-NOT: known_value="0"
# CHECK: <node kind="StatementReturn" line="17"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="m"
# CHECK-NOT: known_value="0"
# CHECK: name="walrus_in_while">
# OPT: walrus_in_condition.py:8: new_constant: Value propagated for 'tmp_named_value_1' from constant assignment.
# OPT-NOT: Value propagated for 'n'
# OPT-NOT: Value propagated for 'm'
