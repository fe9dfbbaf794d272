# sys.exit(True): True is an int subclass, so the status is 1 and nothing is
# printed to stderr. Output of earlier prints still appears.
import sys

print("exiting with True")
sys.exit(True)
