# `while True:` has no exit test: without a `break` the loop only ends by
# return or exception, so the statements after it are removed; with a
# `break` (even one nested in an if) what follows stays reachable. A break
# of an inner loop does not count for the outer one.
def without_break(items):
    i = 0
    while True:
        if items[i] < 0:
            return i
        i += 1
    print("never after loop")
    return -1


def with_break(items):
    i = 0
    while True:
        if items[i] < 0:
            break
        i += 1
    print("after loop with break")
    return i


def inner_break(items):
    while True:
        for item in items:
            if item < 0:
                break
        return "outer returns"
    print("never after outer")


print(without_break([3, 1, -2]), with_break([5, -1]), inner_break([1, -1]))
# CHECK: name="without_break">
# CHECK-NOT: never after loop
# CHECK: name="with_break">
# CHECK: after loop with break
# CHECK: name="inner_break">
# CHECK-NOT: never after outer
# OPT: while_true_loop.py:11: new_statements: Removed 2 unreachable statements after abortive StatementLoop.
# OPT-NOT: while_true_loop.py:21: new_statements
# OPT: while_true_loop.py:31: new_statements: Removed 1 unreachable statement after abortive StatementLoop.
