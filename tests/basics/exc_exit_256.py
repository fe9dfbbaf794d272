# sys.exit(256): the status is taken modulo 256, so the program exits with
# status 0 although a non-zero code was given. Output written before is
# flushed, finally blocks run, code after the exit does not.
import sys

print("about to exit with 256")
try:
    sys.exit(256)
finally:
    print("finally runs, code is still", 256)
print("not reached")
