# A mutable value escapes to any code that may run: passed to a function,
# aliased by another variable, or reachable through the frame's locals
# when a function is called (it could look at them). Its length is
# forgotten from there on, and the program sees the changed list.
import sys


def grow(values):
    values.append(0)


def peek_and_grow():
    sys._getframe(1).f_locals["items"].append(99)


def aliased():
    items = [1]
    other = items
    other.append(2)
    return len(items)


def passed():
    items = [1]
    grow(items)
    return len(items)


def through_frame():
    items = [1]
    peek_and_grow()
    return len(items)


print(aliased(), passed(), through_frame())
# CHECK: name="aliased">
# CHECK: <node kind="ExpressionBuiltinLen"
# CHECK-NOT: number=
# CHECK-SAME: >
# CHECK: name="passed">
# CHECK: <node kind="ExpressionBuiltinLen"
# CHECK-NOT: number=
# CHECK-SAME: >
# CHECK: name="through_frame">
# CHECK: <node kind="ExpressionBuiltinLen"
# CHECK-NOT: number=
# CHECK-SAME: >
# OPT-NOT: Length of 'items' predicted
