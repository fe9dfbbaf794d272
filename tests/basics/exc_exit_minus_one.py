# sys.exit(-1) gives exit status 255. The SystemExit passes through an
# `except Exception` handler untouched and is seen by an outer bare except
# that re-raises it.
import sys


def leave():
    try:
        sys.exit(-1)
    except Exception:
        print("not caught by except Exception")


try:
    leave()
except:
    e = sys.exc_info()[1]
    print("outer bare except sees", type(e).__name__, e.code, e.args)
    raise
print("not reached")
