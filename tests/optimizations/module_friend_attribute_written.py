# An attribute the program assigns anywhere (here math.pi, on the module)
# or deletes is not trusted, on any module; setattr with a computed name
# would trust none. The program sees its own assignment, as under CPython.
import math
import sys


def area(radius):
    return math.pi * radius * radius, sys.maxsize > 0


print(area(1))
math.pi = 3
print(area(1))
# CHECK: name="area">
# CHECK: <node kind="ExpressionAttributeLookup" {{.*}}name="pi">
# OPT-NOT: Attribute 'pi'
# OPT: module_friend_attribute_written.py:9: new_constant: Attribute 'maxsize' of module 'sys' is a constant.
