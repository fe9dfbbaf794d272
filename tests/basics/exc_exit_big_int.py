# sys.exit with an int that does not fit in a C int: 2**40 is truncated to
# its low 32 bits (0), so the exit status is 0; -256 also gives 0 (status
# modulo 256). Checked caught first, then 2**40 is really used.
import sys

for code in (2 ** 40, -256, 511):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("caught", e.code)
sys.exit(2 ** 40)
