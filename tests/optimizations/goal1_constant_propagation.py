# The manual's Goals 1 and 2: constants propagate through variables, the
# floor division of two known values is folded, and the assignments that
# nothing reads any more are removed: `return 0` is all that is left, and
# as it cannot raise, the function needs no frame guard.
def f():
    a = 3
    b = 7
    c = a // b
    return c


print(f())
# CHECK: <node kind="ExpressionFunctionBody" {{.*}}name="f">
# CHECK-NOT: StatementsFrameFunction
# CHECK: <node kind="StatementReturn" line="9"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionConstantRef" {{.*}}value="0" type="int"/>
# OPT: goal1_constant_propagation.py:8: new_constant: Value propagated for 'a' from constant assignment.
# OPT: goal1_constant_propagation.py:8: new_constant: Operation '//' with constant arguments folded.
# OPT: goal1_constant_propagation.py:9: new_constant: Value propagated for 'c' from constant assignment.
# OPT: goal1_constant_propagation.py:6: new_statements: Removed assignment to never read variable 'a'.
# OPT: goal1_constant_propagation.py:8: new_statements: Removed assignment to never read variable 'c'.
# OPT: module __main__: {{[0-9]+}} optimization passes
