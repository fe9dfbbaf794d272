# A branch that aborts (return, raise, continue) does not reach the join,
# so its assignments are not merged: after the if, only the other branch's
# value is possible and reads are replaced by it.
def after_return(flag):
    if flag:
        mode = "early"
        return mode
    else:
        mode = "late"
    return mode + "!"


def after_raise(flag):
    limit = 1
    if flag:
        limit = 99
        raise ValueError(limit)
    return limit * 2


def after_continue(items):
    out = []
    for item in items:
        tag = "kept"
        if item:
            tag = "skipped"
            continue
        out.append(tag)
    return out


print(after_return(True), after_return(False), after_raise(False), after_continue([0, 1, 0]))
try:
    after_raise(True)
except ValueError as e:
    print("ValueError", e)
# CHECK: name="after_return">
# CHECK: <node kind="StatementReturn" line="10"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="'late!'" type="str"/>
# CHECK: name="after_raise">
# CHECK: <node kind="StatementReturn" line="18"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="2" type="int"/>
# CHECK: name="after_continue">
# CHECK: <node kind="ExpressionConstantRef" line="28" {{.*}}value="'kept'" type="str"/>
# OPT: merge_aborting_branch.py:10: new_constant: Value propagated for 'mode' from constant assignment.
# OPT: merge_aborting_branch.py:10: new_constant: Operation '+' with constant arguments folded.
# OPT: merge_aborting_branch.py:18: new_constant: Value propagated for 'limit' from constant assignment.
# OPT: merge_aborting_branch.py:28: new_constant: Value propagated for 'tag' from constant assignment.
