# An f-string replacement field without an expression.
print(f"value: {}")
