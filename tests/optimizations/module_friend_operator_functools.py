# operator functions are pure on constants; functools.reduce over a
# constant tuple with an operator friend's function is computed too.
# Operations that could grow without bound are judged as the operator is:
# operator.mul("a", 10 ** 9) is left to run time (here: never runs).
import functools
import operator


def folded():
    return (operator.add(2, 3), operator.mul(6, 7), operator.not_(0),
            functools.reduce(operator.add, (1, 2, 3, 4)), operator.getitem("abc", 1))


def too_large(run):
    if run:
        return operator.mul("a", 10 ** 9)
    return None


print(folded(), too_large(False))
# CHECK: name="folded">
# CHECK: value="5" type="int"
# CHECK: value="42" type="int"
# CHECK: value="True" type="bool"
# CHECK: value="10" type="int"
# CHECK: value="'b'" type="str"
# CHECK: name="too_large">
# CHECK: <node kind="ExpressionAttributeLookup" {{.*}}name="mul">
# OPT: module_friend_operator_functools.py:10: new_constant: Call of 'operator.add' with constant arguments computed.
# OPT: module_friend_operator_functools.py:11: new_constant: Call of 'functools.reduce' with constant arguments computed.
# OPT-NOT: :16: new_constant: Call of 'operator.mul'
