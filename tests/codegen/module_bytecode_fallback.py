# A module body the code generator cannot compile yet runs from its real
# code object: globals, functions and the traceback of an uncaught error
# are CPython's.
import sys
command = sys.argv[1:] or ["go", 3]
match command:
    case ["go", n]:
        print("going", n)
    case _:
        print("unknown")
def helper(x):
    return x * 2
print(helper(21), __name__, helper.__code__.co_filename.endswith(".py"))
helper(None) + 1
