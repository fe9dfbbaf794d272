# Locals of a generator body are tracked like a function's: a value
# assigned before a yield is still known after it (nothing outside can
# change it while suspended), but yields run the consumer's code, so the
# assignments are kept (gi_frame.f_locals shows them); a value assigned
# in the generator's loop is unknown in it.
def counter(limit):
    step = 2
    start = 10
    yield start
    n = start
    while n < limit:
        n = n + step
        yield n
    yield step * 100


gen = counter(15)
print(next(gen), sorted(gen.gi_frame.f_locals.items()))
print(list(gen))
# CHECK: name="counter">
# CHECK: <node kind="StatementAssignmentVariable" line="7" {{.*}}variable="step"
# CHECK: <node kind="StatementAssignmentVariable" line="8" {{.*}}variable="start"
# CHECK: <node kind="StatementAssignmentVariable" line="12" {{.*}}variable="n"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Add">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="n"
# CHECK-NOT: known_value
# CHECK-SAME: />
# CHECK-NEXT: </role>
# CHECK-NEXT: <role name="right">
# CHECK-NEXT: value="2" type="int"/>
# CHECK: value="200" type="int"/>
# OPT: generator_locals.py:9: new_constant: Value propagated for 'start' from constant assignment.
# OPT: generator_locals.py:10: new_constant: Value propagated for 'start' from constant assignment.
# OPT: generator_locals.py:12: new_constant: Value propagated for 'step' from constant assignment.
# OPT: generator_locals.py:14: new_constant: Value propagated for 'step' from constant assignment.
# OPT: generator_locals.py:14: new_constant: Operation '*' with constant arguments folded.
# OPT-NOT: Value propagated for 'n'
# OPT-NOT: Removed assignment
