# `a if c else b` with a condition of known truth is replaced by the branch
# taken; the other branch (even one that would raise) disappears. An
# unknown condition keeps both branches.
def known():
    debug = False
    level = 3
    first = "on" if debug else "off"
    second = 1 / 0 if level < 2 else level * 2
    return first, second


def unknown(flag):
    return "on" if flag else "off"


print(known(), unknown(1), unknown(0))
# CHECK: name="known">
# CHECK-NOT: ExpressionConditional
# CHECK-NOT: ZeroDivision
# CHECK-NOT: operator="Div"
# CHECK: <node kind="StatementReturn" line="9"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="'off'" type="str"/>
# CHECK-NEXT: value="6" type="int"/>
# CHECK: name="unknown">
# CHECK: ExpressionConditional
# OPT: fold_conditional_expression.py:7: new_expression: Condition for branch expression was predicted to be always false.
# OPT: fold_conditional_expression.py:8: new_constant: Comparison '<' with constant arguments folded.
# OPT: fold_conditional_expression.py:8: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_conditional_expression.py:8: new_expression: Condition for branch expression was predicted to be always false.
# OPT-NOT: fold_conditional_expression.py:13: new_expression
