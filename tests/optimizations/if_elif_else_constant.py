# An if/elif/else chain over a variable with a known value keeps only the
# branch taken: conditions known false fall through to the next elif, the
# first one known true replaces the whole chain, and the else is dropped.
def pick():
    mode = "fast"
    if mode == "slow":
        result = "never slow"
    elif mode == "fast":
        result = "fast path"
    elif mode == "fast":
        result = "never second"
    else:
        result = "never else"
    return result


def fall_through():
    n = 0
    if n:
        text = "never one"
    elif n > 5:
        text = "never big"
    else:
        text = "else taken"
    return text


print(pick(), fall_through())
# CHECK: name="pick">
# CHECK-NOT: StatementConditional
# CHECK-NOT: never
# CHECK: name="fall_through">
# CHECK-NOT: StatementConditional
# CHECK-NOT: never
# CHECK: <node kind="StatementReturn" line="25"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="'else taken'" type="str"/>
# OPT: if_elif_else_constant.py:6: new_statements: Condition for branch statement was predicted to be always false.
# OPT: if_elif_else_constant.py:8: new_statements: Condition for branch statement was predicted to be always true.
# OPT: if_elif_else_constant.py:14: new_constant: Value propagated for 'result' from constant assignment.
# OPT: if_elif_else_constant.py:19: new_statements: Condition for branch statement was predicted to be always false.
# OPT: if_elif_else_constant.py:21: new_statements: Condition for branch statement was predicted to be always false.
