# bytes variables: concatenation, repetition, comparisons and membership of
# an int or a bytes are folded; bytes + str raises and stays.
def data():
    a = b"\x00\xff"
    b = b"ab"
    n = 2
    return a + b, b * n, a < b, b == b"ab", 97 in b, b"b" in b, 256 - 1 in a


def mixed():
    a = b"x"
    s = "x"
    return a + s


print(data())
try:
    mixed()
except TypeError as e:
    print("TypeError", e)
# CHECK: name="data">
# CHECK: <node kind="StatementReturn" line="7"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: value="b'\x00\xffab'" type="bytes"/>
# CHECK-NEXT: value="b'abab'" type="bytes"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK-NEXT: value="True" type="bool"/>
# CHECK: name="mixed">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}} operator="Add">
# OPT: fold_bytes_operations.py:7: new_constant: Comparison 'in' with constant arguments folded.
