# sys.exit with an integer inside a function, with finally blocks running on
# the way out: exit status 3, nothing printed after.
import sys


def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally in shutdown")


try:
    shutdown(3)
except ValueError:
    print("not caught here")
finally:
    print("module finally")
print("not reached")
