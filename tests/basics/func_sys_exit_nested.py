# sys.exit called deep inside nested function calls: finally blocks and
# context managers of every frame run on the way out, except SystemExit
# can intercept it, a SystemExit subclass carries a code, and the final
# sys.exit with a string message prints it to stderr with exit status 1.
import sys


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def level3(code):
    print("level3 exiting with", repr(code))
    sys.exit(code)


def level2(code):
    with Guard("level2"):
        try:
            level3(code)
        finally:
            print("level2 finally")


def level1(code):
    try:
        level2(code)
    except SystemExit as e:
        print("level1 saw SystemExit code", repr(e.code), "args", e.args)
        raise


for code in [0, 3, None, "text", (1, 2)]:
    try:
        level1(code)
    except SystemExit as e:
        print("module caught", repr(e.code))


def swallow():
    try:
        sys.exit(9)
    except SystemExit:
        return "swallowed"


print(swallow())


def exit_in_finally():
    try:
        raise ValueError("replaced")
    finally:
        sys.exit("from finally")


try:
    exit_in_finally()
except SystemExit as e:
    print("context of SystemExit:", repr(e.__context__), repr(e.code))

print("final exit")
level1("fatal: giving up")
