# Built-in calls are not predicted when the module binds the name itself,
# when an argument is not constant, when the call raises (int("x")), or
# when the result would be too large or costly (pow(10, 10 ** 6)).
def max(*values):
    return "own max"


def calls(value, run):
    results = [max(1, 2), abs(value)]
    try:
        int("x")
    except ValueError as e:
        results.append(str(e))
    if run:
        results.append(pow(10, 10 ** 6))
    return results


print(calls(-4, False))
# CHECK: name="calls">
# CHECK-NOT: ExpressionBuiltinCallPredicted
# CHECK: </module>
