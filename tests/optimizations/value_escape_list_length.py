# A list's length is known until the list escapes: truth tests and len()
# do not hand it on (len() predicts its length while the name is the
# built-in), a method call does; after `items.append(4)` nothing is known
# but its type.
def lengths():
    items = [1, 2, 3]
    if items:
        first = len(items)
    else:
        first = -1
    items.append(4)
    return first, len(items), bool(items)


print(lengths())
# CHECK: name="lengths">
# CHECK: <node kind="ExpressionBuiltinLen" {{.*}}number="3">
# CHECK: <node kind="ExpressionBuiltinLen"
# CHECK-NOT: number=
# CHECK-SAME: >
# OPT: value_escape_list_length.py:7: new_statements: Condition for branch statement was predicted to be always true.
# OPT: value_escape_list_length.py:8: new_constant: Length of 'items' predicted as 3.
# OPT-NOT: Length of 'items' predicted as 4
