# sys.exit with a tuple: neither None nor an int, so the object's str is
# printed to stderr and the exit status is 1. A SystemExit with several
# arguments behaves the same (its code is the args tuple).
import sys

try:
    raise SystemExit(4, "extra")
except SystemExit as e:
    print("code of two-arg SystemExit:", e.code)
print("exiting with a tuple")
sys.exit((2, "two", [3]))
