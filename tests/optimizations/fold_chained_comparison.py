# A chained comparison `a < x < b` is built with temporaries (the middle
# operand is evaluated once); with known operands every link is folded and
# each chain only returns a constant, while with a parameter in the middle
# the comparisons stay.
def chained():
    x = 5
    return 1 < x < 10, 1 < x > 7, 0 <= x == 5.0 < 6


def unknown(x):
    return 1 < x < 10


print(chained(), unknown(3), unknown(30))
# CHECK: name="chained">
# CHECK-NOT: ExpressionComparison
# CHECK: <node kind="ExpressionOutlineBody" line="7" col="11" name="comparison_chain">
# CHECK: <node kind="StatementReturn" line="7" col="15">
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="True" type="bool"/>
# CHECK: <node kind="ExpressionOutlineBody" line="7" col="23" name="comparison_chain">
# CHECK: <node kind="StatementReturn" line="7" col="27">
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="False" type="bool"/>
# CHECK: <node kind="ExpressionOutlineBody" line="7" col="34" name="comparison_chain">
# CHECK: <node kind="StatementReturn" line="7" col="44">
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NOT: ExpressionComparison
# CHECK: name="unknown">
# CHECK: <node kind="ExpressionComparison" {{.*}} operator="Lt">
# OPT: fold_chained_comparison.py:7: new_constant: Value propagated for 'tmp_operand_1' from constant assignment.
# OPT: fold_chained_comparison.py:7: new_constant: Comparison '<' with constant arguments folded.
# OPT: fold_chained_comparison.py:7: new_statements: Condition for branch statement was predicted to be always false.
# OPT: fold_chained_comparison.py:7: new_constant: Comparison '>' with constant arguments folded.
# OPT: fold_chained_comparison.py:7: new_constant: Comparison '==' with constant arguments folded.
# OPT-NOT: fold_chained_comparison.py:11: new_constant: Comparison
