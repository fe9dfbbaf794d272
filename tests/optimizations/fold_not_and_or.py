# `not`, `and` and `or` whose left operand has a known truth value are
# replaced by the operand that decides the result (the value, not a bool);
# a left operand with side effects is never dropped, and an unknown one
# keeps the operation.
calls = []


def effect(value):
    calls.append(value)
    return value


def known():
    zero = 0
    text = "x"
    empty = ()
    return zero or "fallback", text and 42, empty or None, zero and effect("never"), text or effect("never"), not empty


def side_effect_kept():
    return effect(0) or "right", effect("left") and "right"


def unknown(value):
    return value or "default"


print(known(), side_effect_kept(), unknown(""), unknown(7), calls)
# CHECK: name="known">
# CHECK: <node kind="StatementReturn" line="17"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="'fallback'" type="str"/>
# CHECK-NEXT: value="42" type="int"/>
# CHECK-NEXT: value="None" type="NoneType"/>
# CHECK-NEXT: value="0" type="int"/>
# CHECK-NEXT: value="'x'" type="str"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK: name="side_effect_kept">
# CHECK: ExpressionConditionalOr
# CHECK: ExpressionConditionalAnd
# CHECK: name="unknown">
# CHECK: ExpressionConditionalOr
# OPT: fold_not_and_or.py:17: new_expression: Left operand of 'or' has a known truth value.
# OPT: fold_not_and_or.py:17: new_expression: Left operand of 'and' has a known truth value.
# OPT: fold_not_and_or.py:17: new_constant: Negated known truth value.
# OPT-NOT: fold_not_and_or.py:21: new_expression
# OPT-NOT: fold_not_and_or.py:25: new_expression
