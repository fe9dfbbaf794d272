# The math module's friend: constants (pi, e, inf) and pure functions
# called with constant arguments are computed at compile time, through
# `import math`, `from math import ...` and in functions as at module
# level. A call that raises (sqrt(-1)) stays, to raise at run time.
import math
from math import sqrt, pi, factorial


def compute():
    return math.sqrt(4.0), sqrt(2.25), pi * 2, math.floor(7.5), factorial(5), math.gcd(12, 18)


def raising():
    return math.sqrt(-1)


print(compute())
print(math.e, math.inf, math.isnan(math.inf), math.nan is math.nan)
try:
    raising()
except ValueError as e:
    print("ValueError", e)
# CHECK: name="compute">
# CHECK: <node kind="StatementReturn" line="10"
# CHECK: value="2.0" type="float"
# CHECK: value="1.5" type="float"
# CHECK: value="6.283185307179586" type="float"
# CHECK: value="7" type="int"
# CHECK: value="120" type="int"
# CHECK: value="6" type="int"
# CHECK: name="raising">
# CHECK: <node kind="ExpressionCall" line="14"
# CHECK: <node kind="ExpressionAttributeLookup" {{.*}}name="sqrt">
# CHECK: variable="math" {{.*}}friend="math"
# OPT: module_friend_math.py:18: new_constant: Attribute 'e' of module 'math' is a constant.
# OPT: module_friend_math.py:18: new_constant: Call of 'math.isnan' with constant arguments computed.
# OPT-NOT: Attribute 'nan'
# OPT: module_friend_math.py:10: new_constant: Call of 'math.sqrt' with constant arguments computed.
# OPT: module_friend_math.py:10: new_constant: Value propagated for 'pi' imported from 'math.pi', a constant.
# OPT-NOT: :14: new_constant
