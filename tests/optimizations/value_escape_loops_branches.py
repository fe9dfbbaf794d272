# Loops and branches: a list changed on a later iteration or in one branch
# has no known length at the loop's start or after the merge; a length
# both branches agree on stays.
def loop(n):
    stack = [0]
    count = 0
    while stack:
        count += 1
        if count < n:
            stack.append(count)
        else:
            stack.pop()
            stack.pop() if stack else None
    return count


def branches(flag):
    items = [1, 2]
    if flag is True:
        items.append(3)
    same = [1, 2]
    if flag is True:
        same = [3, 4]
    # The first resolved len() call lets everything escape: a replaced len
    # could reach the frame's locals.
    return len(same), len(items)


print(loop(3), branches(True), branches(False))
# CHECK: name="branches">
# CHECK: <node kind="ExpressionBuiltinLen" {{.*}}number="2">
# CHECK: <node kind="ExpressionBuiltinLen"
# CHECK-NOT: number=
# CHECK-SAME: >
# OPT-NOT: :7: new_statements: Condition
# OPT: value_escape_loops_branches.py:26: new_constant: Length of 'same' predicted as 2.
