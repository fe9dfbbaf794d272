# An uncaught exception at module level: the traceback with carets.
def helper(a, b):
    return a / b
values = [1, 2, 0]
result = 0
for v in values:
    result += helper(10, v) * 2
print(result)
