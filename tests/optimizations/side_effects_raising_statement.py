# A statement whose value certainly raises ends its block: what follows in
# the same block is dead and removed; the raise itself is CPython's.
def add_text():
    total = 0
    try:
        total = 1 + "a"
        print("never printed")
        total = 2
    except TypeError as e:
        print("caught:", e)
    return total


def negative_shift():
    value = 1 << -1
    print("never printed either")
    return value


print(add_text())
try:
    negative_shift()
except ValueError as e:
    print("caught:", e)
# CHECK: name="add_text">
# CHECK: operator="Add">
# CHECK-NOT: never printed
# CHECK: name="negative_shift">
# CHECK: operator="LShift">
# CHECK-NOT: never printed either
# CHECK: </module>
# OPT: side_effects_raising_statement.py:7: new_statements: Removed 2 unreachable statements after abortive StatementAssignmentVariable.
# OPT: side_effects_raising_statement.py:16: new_statements: Removed 2 unreachable statements after abortive StatementAssignmentVariable.
