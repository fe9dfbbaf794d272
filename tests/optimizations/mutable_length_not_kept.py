# A list's length is known where it is made, but it is mutable: a variable
# bound to it keeps only its type, so `while stack:` is not decided by the
# length the display had (the loop pops until the list is empty).
def drain():
    stack = [(0, 1)]
    seen = []
    while stack:
        a, b = stack.pop()
        seen.append(a + b)
        if a < 3:
            stack.append((a + 1, b))
    return seen, len(stack), not stack


print(drain())
# CHECK: name="drain">
# CHECK: <node kind="ExpressionOperationNot"
# CHECK-NEXT: <role name="operand">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="stack" {{.*}}shape="list"/>
# OPT-NOT: Negated known truth value
