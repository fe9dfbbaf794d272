# `len((f(), g()))` is 2 with both calls kept: the call of the module name
# `len` is resolved to the built-in, checked at run time to still be it,
# and the tuple is only built if the name was rebound.
calls = []


def f():
    calls.append("f")
    return 1


def g():
    calls.append("g")
    return 2


def both():
    return len((f(), g()))


print(both(), calls)
# CHECK: name="both">
# CHECK: <node kind="ExpressionBuiltinLen" {{.*}}number="2">
# CHECK-NEXT: <role name="called">
# CHECK-NEXT: <node kind="ExpressionVariableRef" {{.*}}variable="len"
# CHECK: <role name="value">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK: variable="f"
# CHECK: variable="g"
# OPT: builtin_len_of_display.py:18: new_builtin: Call of built-in 'len' resolved (checked at run time to still be it).
# OPT: builtin_len_of_display.py:18: new_constant: Length of a tuple display predicted as 2, its elements kept.
