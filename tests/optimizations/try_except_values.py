# Any statement of a try block may raise, so a handler starts with what the
# block assigns unknown (the exception may come before or after each
# assignment), and after the whole try statement everything it assigns is
# unknown; a variable the try statement never assigns stays known.
def risky(value):
    if value < 0:
        raise ValueError(value)
    return value


def handler_sees(value):
    state = "before"
    fixed = 7
    try:
        state = "started"
        risky(value)
        state = "finished"
    except ValueError:
        return "handler: " + state + " " + str(fixed + 1)
    return state + " " + str(fixed - 1)


def after_try(value):
    result = 0
    try:
        result = risky(value)
    except ValueError:
        pass
    return result


print(handler_sees(1), handler_sees(-1), after_try(5), after_try(-5))
# CHECK: name="handler_sees">
# CHECK: <node kind="StatementReturn" line="19"
# CHECK: <node kind="ExpressionVariableRef" {{.*}}variable="state"
# CHECK-NOT: known_value
# CHECK-SAME: />
# CHECK: value="(8,)" type="tuple"/>
# CHECK: <node kind="StatementReturn" line="20"
# CHECK: <node kind="ExpressionVariableRef" {{.*}}variable="state"
# CHECK-NOT: known_value
# CHECK-SAME: />
# CHECK: value="(6,)" type="tuple"/>
# CHECK: name="after_try">
# CHECK: <node kind="StatementReturn" line="29"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="result"
# OPT: try_except_values.py:19: new_constant: Value propagated for 'fixed' from constant assignment.
# OPT: try_except_values.py:19: new_constant: Operation '+' with constant arguments folded.
# OPT: try_except_values.py:20: new_constant: Value propagated for 'fixed' from constant assignment.
# OPT: try_except_values.py:20: new_constant: Operation '-' with constant arguments folded.
# OPT-NOT: Value propagated for 'state'
# OPT-NOT: Value propagated for 'result'
