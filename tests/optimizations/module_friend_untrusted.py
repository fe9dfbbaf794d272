# A module name is trusted only when its import is its one binding and runs
# before any program code: `math` is rebound in a function (global), `sys`
# is imported only after a call, `string` is deleted again. None of them is
# folded, and the program behaves as under CPython.
import math


def tick():
    return 1


tick()
import sys
import string


def rebind():
    global math
    math = None


def use():
    return sys.maxsize > 0, string.digits


print(math.sqrt(4.0), use())
del string
rebind()
print(math)
# CHECK: name="use">
# CHECK: name="maxsize">
# CHECK: name="digits">
# CHECK: <node kind="ExpressionAttributeLookup" {{.*}}name="sqrt">
# OPT-NOT: Call of 'math.sqrt'
# OPT-NOT: Attribute 'maxsize'
# OPT-NOT: Attribute 'digits'
