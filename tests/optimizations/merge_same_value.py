# When both branches of an if assign the same constant, or one branch
# re-assigns the value the variable already had, the merged trace is that
# single constant and later reads are replaced by it.
def same(flag):
    base = 10
    if flag:
        x = "same"
        base = 10
    else:
        x = "same"
    return x, base + 1


print(same(0), same(9))
# CHECK: name="same">
# CHECK: <node kind="StatementReturn" line="11"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="'same'" type="str"/>
# CHECK-NEXT: value="11" type="int"/>
# OPT: merge_same_value.py:11: new_constant: Value propagated for 'x' from constant assignment.
# OPT: merge_same_value.py:11: new_constant: Value propagated for 'base' from constant assignment.
# OPT: merge_same_value.py:11: new_constant: Operation '+' with constant arguments folded.
