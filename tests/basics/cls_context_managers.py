# __enter__/__exit__: the value bound by `as`, exit arguments for normal
# and exceptional exits, suppressing exceptions by returning a true value,
# exceptions raised inside __exit__, nesting order, missing protocol
# methods, exceptions in __enter__ skipping __exit__, return/break inside
# with. Ends by raising SystemExit from __exit__ (exit status 3).
import sys


class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        return self.suppress


with Tracker("plain") as value:
    print("body", value)

with Tracker("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Tracker("not suppressing"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))

with Tracker("outer") as o, Tracker("inner", suppress=True) as i:
    print("nested body", o, i)
    1 / 0
print("inner suppressed the ZeroDivisionError")


class Truthy:
    def __bool__(self):
        print("  truthiness of exit result checked")
        return True


class ReturnsTruthy:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return Truthy()


with ReturnsTruthy():
    raise RuntimeError("hidden")
print("suppressed by truthy object")


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise TypeError("from __exit__")


try:
    with FailingExit():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


class FailingEnter:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *args):
        print("never printed")


try:
    with FailingEnter():
        print("never printed either")
except OSError as e:
    print(type(e).__name__, e)


def early_return():
    with Tracker("in function"):
        return "returned"


print(early_return())
for n in range(3):
    with Tracker(f"loop{n}"):
        if n == 1:
            break
        continue


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        pass


for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class ExitWithStatus:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exiting with status 3 because of", exc_type.__name__)
        sys.exit(3)


with ExitWithStatus():
    raise LookupError("lost")
