# A program that can rebind module names dynamically (globals(), exec)
# trusts no import: `math` here is replaced through globals() and the
# replacement is what the function sees.
import math


class FakeMath:
    @staticmethod
    def sqrt(value):
        return "fake sqrt of %s" % value


def root():
    return math.sqrt(4.0)


print(root())
globals()["math"] = FakeMath
print(root())
# CHECK: name="root">
# CHECK: <node kind="ExpressionAttributeLookup" {{.*}}name="sqrt">
# OPT-NOT: Call of 'math.sqrt'
