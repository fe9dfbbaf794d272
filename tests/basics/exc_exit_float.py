# sys.exit(2.5): a float is not an int, so it is printed to stderr ("2.5")
# and the status is 1. Nested finally blocks all run on the way out, in
# order, and the exception is visible as SystemExit in sys.exc_info() inside
# them.
import sys


def inner():
    try:
        sys.exit(2.5)
    finally:
        print("inner finally", sys.exc_info()[0].__name__)


def outer():
    try:
        inner()
    finally:
        print("outer finally")


try:
    outer()
finally:
    print("module finally")
