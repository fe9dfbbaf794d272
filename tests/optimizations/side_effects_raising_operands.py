# Operands that certainly raise cut their expression short: a list display
# keeps the elements before (those with side effects) and the raising one;
# a raising left operand is all of a binary operation; a raising
# subscript keeps the subscripted value's evaluation. Constants before it
# have no side effects and are dropped.
def tick(label):
    print("tick", label)
    return label


def display():
    return [tick(1), 2, -"x", tick(3)]


def binary():
    return (1 // 0) + tick(4)


def subscript():
    return tick((5, 6))[10 ** 2 % 0]


for test in (display, binary, subscript):
    try:
        test()
    except Exception as e:
        print(type(e).__name__, e)
# CHECK: name="display">
# CHECK: <node kind="StatementReturn" line="12"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionSideEffects"
# CHECK-NEXT: <role name="side_effects">
# CHECK-NEXT: <node kind="ExpressionCall"
# CHECK-NOT: value="2"
# CHECK: <node kind="ExpressionOperationUnary"
# CHECK-NOT: ExpressionCall
# CHECK: name="binary">
# CHECK: <node kind="StatementReturn" line="16"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="FloorDiv">
# CHECK: name="subscript">
# CHECK: <node kind="ExpressionSideEffects"
# CHECK: operator="Mod">
