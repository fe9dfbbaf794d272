# The manual's Goal 3: `a` starts as an empty list, but the loop appends to
# it, so after the loop only its type is known: `len(a)` is not predicted
# and `a` is read as a list of unknown value.
def f():
    a = []
    print(a)
    for i in range(1000):
        a.append(i)
    return len(a)


print(f())
# CHECK: name="f">
# CHECK: <node kind="StatementReturn" line="9"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionBuiltinLen" line="9" col="11">
# CHECK: <role name="value">
# CHECK-NEXT: <node kind="ExpressionVariableRef" line="9" {{.*}}variable="a" {{.*}}shape="list"/>
# CHECK-NOT: known_value
# OPT-NOT: :9: new_constant
