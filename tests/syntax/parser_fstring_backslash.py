# A backslash inside an f-string expression.
print(f"{'\n'.join(x)}")
