# Calls of built-in names with constant arguments are predicted: the name
# is still looked up at run time, and while it finds the original built-in
# the computed value is used; after the program replaces the built-in
# (builtins.abs = ...), the replacement is called, as under CPython.
import builtins


def values():
    return abs(-3), max(1, 5, 2), chr(65), round(2.567, 1), pow(2, 10), int("42"), str(7)


print(values())
builtins.abs = lambda value: "patched abs"
builtins.str = lambda value: "patched str"
print(values())
# CHECK: name="values">
# CHECK: <node kind="ExpressionBuiltinCallPredicted" {{.*}}name="abs" value="3" type="int">
# CHECK-NEXT: <role name="called">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="abs"
# CHECK: name="max" value="5"
# CHECK: name="chr" value="'A'"
# CHECK: name="round" value="2.6"
# CHECK: name="pow" value="1024"
# CHECK: name="int" value="42"
# CHECK: name="str" value="'7'"
