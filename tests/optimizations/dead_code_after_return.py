# Statements after a return, raise, break or continue never run and are
# removed; a loop without a break ends only by return or exception, so what
# follows it is dead too.
def f(items):
    for item in items:
        if item:
            continue
            print("never 1")
        return item
        print("never 2")
    while True:
        return "loop"
    print("never 3")


print(f([1, 0]), f([]))
# CHECK-NOT: StatementAssignmentVariable{{.*}}never
# OPT: dead_code_after_return.py:8: new_statements: Removed 1 unreachable statement after abortive StatementLoopContinue.
# OPT: dead_code_after_return.py:10: new_statements: Removed 1 unreachable statement after abortive StatementReturn.
# OPT: dead_code_after_return.py:13: new_statements: Removed 1 unreachable statement after abortive StatementLoop.
