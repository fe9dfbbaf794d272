# sys.exit called from a function that is called inside an except handler:
# the SystemExit gets the handled exception as __context__, but only the
# exit status (4) matters; no traceback is printed for SystemExit, not even
# the chained context.
import sys


def fail_hard(reason):
    print("failing:", reason)
    sys.exit(4)


def main():
    try:
        {}["config"]
    except KeyError as e:
        try:
            fail_hard(f"missing {e}")
        except SystemExit as se:
            print("context is", repr(se.__context__), "code", se.code)
            raise


main()
