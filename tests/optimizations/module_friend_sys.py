# sys.maxsize is a constant of the interpreter the program is built for: a
# condition on it is decided at compile time and the other branch removed.
# sys.argv and sys.path are not constants and stay look-ups.
import sys


def word_size():
    if sys.maxsize > 2 ** 32:
        return "64-bit"
    return "32-bit"


print(word_size(), sys.maxsize, sys.byteorder, len(sys.argv) >= 1)
# CHECK: name="word_size">
# CHECK-NOT: 32-bit
# CHECK: value="'64-bit'"
# CHECK: </module>
# CHECK-NOT: ExpressionAttributeLookup {{.*}}name="maxsize"
# OPT: module_friend_sys.py:13: new_constant: Attribute 'maxsize' of module 'sys' is a constant.
# OPT: module_friend_sys.py:13: new_constant: Attribute 'byteorder' of module 'sys' is a constant.
# OPT-NOT: Attribute 'argv'
# OPT: module_friend_sys.py:8: new_constant: Attribute 'maxsize' of module 'sys' is a constant.
# OPT: module_friend_sys.py:8: new_constant: Comparison '>' with constant arguments folded.
# OPT: module_friend_sys.py:8: new_statements: Condition for branch statement was predicted to be always true.
