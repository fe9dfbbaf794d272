# sys.exit inside try/finally and in a finally block: a sys.exit(3) in a
# finally block replaces an exception that was propagating (the traceback of
# the ValueError is never printed), and a later finally still runs. Exit
# status 3.
import sys


def work():
    try:
        raise ValueError("this error is replaced")
    finally:
        print("cleanup decides to exit")
        sys.exit(3)


try:
    work()
except ValueError:
    print("not reached")
finally:
    print("outer finally, exception is", type(sys.exc_info()[1]).__name__,
          "with context", type(sys.exc_info()[1].__context__).__name__)
