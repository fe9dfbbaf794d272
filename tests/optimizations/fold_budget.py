# Compile-time evaluation stays within limits: a huge repetition or power
# is left to run time (these functions are never called), small ones fold.
def huge_string():
    return len("a" * 10**13)


def huge_power():
    return 2 ** 10**10


def huge_shift():
    return 1 << 10**9


def small():
    return "ab" * 3, 2 ** 10, 1 << 8, 10**3


print(small())
# CHECK: name="huge_string">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK: name="huge_power">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Pow">
# CHECK: name="huge_shift">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="LShift">
# CHECK: name="small">
# CHECK: value="('ababab', 1024, 256, 1000)"
