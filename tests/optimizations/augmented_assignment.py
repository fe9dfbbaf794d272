# An augmented assignment of a constant to a variable with a known
# constant value is folded like the binary operation (`x = 1; x += 2`
# makes x 3), for ints, strings and tuples; on a list (mutable, updated in
# place) nothing is folded and the aliasing list sees the change.
def augmented():
    x = 1
    x += 2
    x *= 5
    s = "ab"
    s += "cd"
    t = (1,)
    t += (2,)
    return x, s, t


def list_in_place():
    a = [1]
    alias = a
    a += [2]
    return a, alias


print(augmented(), list_in_place())
# CHECK: name="augmented">
# CHECK: <node kind="StatementReturn" line="13"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="15" type="int"/>
# CHECK-NEXT: value="'abcd'" type="str"/>
# CHECK-NEXT: value="(1, 2)" type="tuple"/>
# CHECK: name="list_in_place">
# CHECK: ExpressionOperationBinaryInplace
# OPT: augmented_assignment.py:7: new_constant: Value propagated for 'x' from constant assignment.
# OPT: augmented_assignment.py:7: new_constant: Operation '+' with constant arguments folded.
# OPT: augmented_assignment.py:8: new_constant: Operation '*' with constant arguments folded.
# OPT: augmented_assignment.py:10: new_constant: Operation '+' with constant arguments folded.
# OPT: augmented_assignment.py:12: new_constant: Operation '+' with constant arguments folded.
# OPT-NOT: augmented_assignment.py:19: new_constant: Operation
