# The manual's side-effects example: in `f(a(), 1 / 0)` the division raises,
# so the call is never made; the name look-up of f and the call a() still
# run first (in that order), then the division raises ZeroDivisionError
# with CPython's message and position. A missing name raises before all.
def a():
    print("a called")
    return 1


def f(*args):
    print("f called", args)


def call():
    f(a(), 1 / 0)


def missing():
    undefined_function(a(), 1 % 0)


for test in (call, missing):
    try:
        test()
    except Exception as e:
        print(type(e).__name__, e)
call()
# CHECK: name="call">
# CHECK: <node kind="StatementExpressionOnly" line="15"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionSideEffects"
# CHECK-NEXT: <role name="side_effects">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="f"
# CHECK-NEXT: <node kind="ExpressionCall"
# CHECK: <node kind="ExpressionOperationBinary" line="15" {{.*}}operator="Div">
# CHECK: name="missing">
# CHECK: <node kind="ExpressionSideEffects"
# CHECK: <node kind="ExpressionVariableRef" {{.*}}variable="undefined_function"
# CHECK: operator="Mod">
# OPT: side_effects_raising_call.py:15: new_raise: Operand of ExpressionMakeTuple raises an exception: only what runs before it is kept (side effects).
# OPT: side_effects_raising_call.py:15: new_raise: Operand of ExpressionCall raises an exception: only what runs before it is kept (side effects).
