# sys.exit with an arbitrary object whose __str__ gives the message: it is
# printed to stderr and the status is 1; a float and True are checked in a
# handler first (True is an int and would give status 1 without output).
import sys


class Reason:
    def __init__(self, why):
        self.why = why

    def __str__(self):
        return f"stopped because {self.why}"

    def __repr__(self):
        return "Reason(...)"


for code in (True, False, 2.5, b"raw", [1, 2]):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), type(e.code).__name__)
sys.exit(Reason("the input was empty"))
