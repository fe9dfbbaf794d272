# The front end's temporaries are tracked like locals: `x = y = 5` goes
# through a temporary whose constant is propagated into both assignments,
# and the subscript temporary of `d[k] += 1` (k known) is replaced by the
# key. Assignments of temporaries nothing reads are removed even in a
# function that runs other code (no frame can show a temporary), while
# its named variable `k` keeps its assignment there.
def multiple_targets():
    x = y = 5
    return x, y


def augmented_item(d):
    k = "key"
    d[k] += 1
    return d


print(multiple_targets(), augmented_item({"key": 1}))
# CHECK: name="multiple_targets">
# CHECK-NOT: variable="tmp_assign_source_1"
# CHECK: <node kind="StatementAssignmentVariable" line="8" {{.*}}variable="x"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: value="5" type="int"/>
# CHECK: <node kind="StatementAssignmentVariable" line="8" {{.*}}variable="y"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: value="5" type="int"/>
# CHECK: name="augmented_item">
# CHECK: <node kind="StatementAssignmentVariable" line="13" {{.*}}variable="k"
# CHECK-NOT: variable="tmp_aug_subscript_2"
# CHECK: <node kind="StatementAssignmentSubscript" line="14"
# CHECK: <node kind="ExpressionSubscriptLookup" line="14"
# CHECK: <role name="subscript">
# CHECK-NEXT: value="'key'" type="str"/>
# CHECK-NOT: variable="tmp_aug_subscript_2"
# OPT: temporaries_propagation.py:8: new_constant: Value propagated for 'tmp_assign_source_1' from constant assignment.
# OPT: temporaries_propagation.py:8: new_statements: Removed assignment to never read variable 'tmp_assign_source_1'.
# OPT: temporaries_propagation.py:14: new_constant: Value propagated for 'tmp_aug_subscript_2' from constant assignment.
# OPT: temporaries_propagation.py:14: new_statements: Removed assignment to never read variable 'tmp_aug_subscript_2'.
# OPT-NOT: Removed assignment to never read variable 'k'
