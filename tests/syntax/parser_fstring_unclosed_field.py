# An f-string replacement field without its closing brace.
print(f"{x")
