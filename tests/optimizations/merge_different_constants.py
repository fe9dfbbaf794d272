# After branches assigning different constants a variable is known as one
# of them (`known_value="(..)"` in the dump): a comparison true (or false)
# for every one of them is folded, one that differs between them is not,
# and the variable itself is never replaced by one of its values.
def merged(flag):
    if flag:
        x = 10
    else:
        x = 20
    return x > 5, x == 30, x == 10, x


print(merged(True), merged(False))
# CHECK: name="merged">
# CHECK: <node kind="StatementReturn" line="10"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="False" type="bool"/>
# CHECK-NEXT: <node kind="ExpressionComparison" {{.*}}operator="Eq">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="x" {{.*}}shape="int" known_value="({{(10, 20)|(20, 10)}})"/>
# CHECK: <node kind="ExpressionVariableRef" {{.*}}variable="x" {{.*}}shape="int" known_value="({{(10, 20)|(20, 10)}})"/>
# OPT: merge_different_constants.py:10: new_constant: Comparison '>' decided for every known value of its operands.
# OPT: merge_different_constants.py:10: new_constant: Comparison '==' decided for every known value of its operands.
# OPT-NOT: Value propagated for 'x'
