# Results are only kept up to 4096 characters (str, bytes), 256 tuple
# items and 8192 bits (int): "a" * 4096 folds but "a" * 4097 does not, a
# concatenation of two 4000-character strings is not kept, and the same
# for tuples and ints just above their limits; run time computes them.
def sizes():
    a = "a"
    b = b"b"
    one = (1,)
    s4000 = a * 4000
    big = 1 << 8000
    return (a * 4096, a * 4097, s4000 + s4000, b * 4096, b * 4097, one * 256, one * 257,
            big, big << 1000, big * big)


results = sizes()
print([len(r) if not isinstance(r, int) else r.bit_length() for r in results])
# CHECK: name="sizes">
# CHECK: <node kind="StatementReturn" line="11"
# CHECK-NEXT: <role name="expression">
# CHECK-NEXT: <node kind="ExpressionMakeTuple"
# CHECK-NEXT: <role name="elements">
# CHECK-NEXT: <node kind="ExpressionConstantRef" {{.*}}value="'{{a+}}'" type="str"/>
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Add">
# CHECK-NEXT: <role name="left">
# CHECK-NEXT: <node kind="ExpressionConstantRef" {{.*}}value="'{{a+}}'" type="str"/>
# CHECK: <node kind="ExpressionConstantRef" {{.*}}value="b'{{b+}}'" type="bytes"/>
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK: <node kind="ExpressionConstantRef" {{.*}}value="(1, {{(1, )+}}1)" type="tuple"/>
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# CHECK: <node kind="ExpressionConstantRef" line="12" col="12" value="{{[0-9]+}}" type="int"/>
# CHECK-NEXT: <node kind="ExpressionOperationBinary" {{.*}}operator="LShift">
# CHECK: <node kind="ExpressionOperationBinary" {{.*}}operator="Mult">
# OPT: fold_result_size_limits.py:9: new_constant: Operation '*' with constant arguments folded.
# OPT: fold_result_size_limits.py:10: new_constant: Operation '<<' with constant arguments folded.
