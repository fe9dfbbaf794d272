# A `while` whose condition is known false on entry (a literal False or a
# variable known to be 0) never runs its body: the body is removed and only
# the break of the loop's test is left.
def f():
    while False:
        print("never literal")
    n = 0
    while n:
        print("never n")
        break
    return "done"


print(f())
# CHECK: name="f">
# CHECK-NOT: never
# CHECK: <node kind="StatementLoop" line="5"
# CHECK-NEXT: <role name="loop_body">
# CHECK-NEXT: <node kind="StatementsSequence"
# CHECK-NEXT: <role name="statements">
# CHECK-NEXT: <node kind="StatementsSequence"
# CHECK-NEXT: <role name="statements">
# CHECK-NEXT: <node kind="StatementLoopBreak"
# CHECK-NOT: never
# OPT: while_false_removed.py:5: new_statements: Condition for branch statement was predicted to be always true.
# OPT: while_false_removed.py:6: new_statements: Removed 1 unreachable statement after abortive StatementsSequence.
# OPT: while_false_removed.py:8: new_constant: Value propagated for 'n' from constant assignment.
# OPT: while_false_removed.py:8: new_statements: Condition for branch statement was predicted to be always true.
# OPT: while_false_removed.py:9: new_statements: Removed 2 unreachable statements after abortive StatementsSequence.
