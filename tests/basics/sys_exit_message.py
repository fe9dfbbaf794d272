# sys.exit with a string: the message goes to stderr and the exit status is
# 1. SystemExit caught once first to show its code.
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e))
print("continuing")
sys.exit("fatal: giving up")
