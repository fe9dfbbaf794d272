# Frame guards cover only the statements that can raise: leading and
# trailing statements that cannot (constant assignments, a return of a
# bound local) move out of the function's frame; a statement that reads a
# local that may be unbound stays inside. Tracebacks still show the
# raising line.
def compute(a, b):
    scale = 10
    items = [a, b]
    total = a / b
    result = total * scale
    return result


def maybe_unbound(flag):
    if flag:
        value = 1
    return value


print(compute(1, 4))
try:
    compute(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno)
print(maybe_unbound(True))
try:
    maybe_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
# CHECK: name="compute">
# CHECK: <node kind="StatementAssignmentVariable" line="7" {{.*}}variable="scale"
# CHECK: <node kind="StatementAssignmentVariable" line="8" {{.*}}variable="items"
# CHECK: <node kind="StatementsFrameFunction"
# CHECK-NEXT: <role name="statements">
# CHECK-NEXT: <node kind="StatementAssignmentVariable" line="9" {{.*}}variable="total"
# CHECK: <node kind="StatementReturn" line="11"
# CHECK: name="maybe_unbound">
# CHECK: <node kind="StatementsFrameFunction"
# CHECK-NEXT: <role name="statements">
# CHECK-NEXT: <node kind="StatementConditional"
# CHECK: <node kind="StatementReturn" line="17"
# OPT: frame_guard_narrowed.py:6: new_statements: Frame guard narrowed: 2 leading and 1 trailing statements cannot raise.
# OPT-NOT: frame_guard_narrowed.py:14: new_statements: Frame guard narrowed
