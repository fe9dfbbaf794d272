# Statements after return, raise, break and continue are removed inside
# nested blocks (if inside for inside try, with bodies, except handlers);
# an if whose both branches abort makes what follows it dead too, while a
# try statement never does.
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def nested(items):
    out = []
    try:
        for item in items:
            if item == 0:
                continue
                out.append("never after continue")
            if item < 0:
                break
                out.append("never after break")
            with Quiet():
                out.append(item)
                if item > 100:
                    raise ValueError(item)
                    out.append("never after raise")
    except ValueError as e:
        out.append(("caught", e.args))
        return out
        out.append("never after return")
    return out


def both_branches(flag):
    if flag:
        return "yes"
    else:
        raise KeyError(flag)
    print("never after both")


print(nested([1, 0, 2, -1, 3]), nested([5, 500]))
print(both_branches(1))
try:
    both_branches(0)
except KeyError as e:
    print("KeyError", e)
# CHECK-NOT: never after
# CHECK: <node kind="StatementReturn" line="32"
# CHECK-NOT: never after
# OPT: dead_code_nested_blocks.py:19: new_statements: Removed 1 unreachable statement after abortive StatementLoopContinue.
# OPT: dead_code_nested_blocks.py:22: new_statements: Removed 1 unreachable statement after abortive StatementLoopBreak.
# OPT: dead_code_nested_blocks.py:27: new_statements: Removed 1 unreachable statement after abortive StatementRaiseException.
# OPT: dead_code_nested_blocks.py:31: new_statements: Removed 1 unreachable statement after abortive StatementReturn.
# OPT: dead_code_nested_blocks.py:40: new_statements: Removed 1 unreachable statement after abortive StatementConditional.
