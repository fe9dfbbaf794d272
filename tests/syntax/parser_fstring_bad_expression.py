# An f-string replacement field that is not an expression.
print(f"{a b}")
