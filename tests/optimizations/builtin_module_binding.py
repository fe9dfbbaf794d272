# A module that binds the name `len` itself: calls of it are never resolved
# to the built-in.
def len(value):
    return "module len"


def measure(value):
    return len(value)


print(measure([1, 2]), len(()))
# OPT-NOT: new_builtin
# CHECK-NOT: ExpressionBuiltinLen
