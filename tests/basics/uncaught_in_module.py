# An uncaught error in module-level code itself (not in a function): a
# one-entry traceback with the module frame, after some output and after a
# finally block that prints.
data = {"present": 1}
print("start")
try:
    print("value:", data["present"])
    print("value:", data["absent"])
finally:
    print("finally before the traceback")
print("not reached")
