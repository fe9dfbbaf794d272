# The manual's Goal 4: after the branches `x` is an int with a value in
# (1, 2), so `x < y` with y = 3 is True on every path.
def f(cond):
    y = 3
    if cond:
        x = 1
    else:
        x = 2
    return x < y


print(f(True), f(False))
# CHECK: name="f">
# CHECK: <node kind="StatementReturn" line="9"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionConstantRef" {{.*}}value="True" type="bool"/>
# OPT: goal4_branch_merge.py:9: new_constant: Comparison '<' decided for every known value of its operands.
