# Attributes of built-in exceptions: OSError errno/strerror/filename and the
# subclass picked from errno, KeyError's repr-style str, StopIteration.value
# (also from a generator's return), SystemExit.code, NameError.name,
# AttributeError.name/obj, UnicodeDecodeError fields, ImportError.name,
# StopAsyncIteration, and the args of several errors raised by the runtime.
import errno
import sys

try:
    open("does_not_exist.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, e.filename2)
    print(str(e))
    print(e.args)

for args in [(2, "No such file"), (13, "Permission denied", "f.txt"), (17, "exists", "a", None, "b"),
             ("only one",), (), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, "|", str(e))

print(type(OSError(errno.EISDIR, "dir")).__name__, type(OSError(errno.ECHILD, "c")).__name__,
      type(OSError(errno.EAGAIN, "a")).__name__, type(OSError(99999, "unknown")).__name__)
print(IOError is OSError, EnvironmentError is OSError)

try:
    open(".", "r")
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno == errno.EISDIR, e.filename)

try:
    import os
    os.rename("missing_a", "missing_b")
except FileNotFoundError as e:
    print(e.filename, e.filename2, str(e))

# KeyError
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print(str(e), e.args)
try:
    {}[""]
except KeyError as e:
    print(str(e), e.args[0] == "")


# StopIteration.value
def g():
    yield 1
    return "done"


it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(None).value)
try:
    next(iter([]))
except StopIteration as e:
    print("empty:", e.value, e.args)

# SystemExit.code
for args in [(), (None,), (0,), (3,), ("msg",), (1, 2)]:
    e = SystemExit(*args)
    print("SystemExit", args, repr(e.code))
try:
    sys.exit("bye")
except SystemExit as e:
    print(repr(e.code), e.args)

# NameError / AttributeError
try:
    undefined_thing
except NameError as e:
    print(e.name, str(e))
try:
    (1).real_part
except AttributeError as e:
    print(e.name, e.obj, str(e))


class Slots:
    __slots__ = ("a",)


try:
    Slots().a
except AttributeError as e:
    print(e.name, type(e.obj).__name__, str(e))

# Unicode errors
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    "x\u20acy".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(str(e))
print(issubclass(UnicodeDecodeError, ValueError))

# ImportError
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e.name, e.path, str(e))
try:
    from os import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e))

# runtime-raised args
NONE = None
cases = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: [][0],
    lambda: "abc"[10],
    lambda: int("12x"),
    lambda: float("pi"),
    lambda: len(5),
    lambda: "a" + 1,
    lambda: [].index(3),
    lambda: (1, 2).index(3),
    lambda: "abc".index("z"),
    lambda: set().pop(),
    lambda: {}.popitem(),
    lambda: 2 ** 10000.0,
    lambda: chr(-1),
    lambda: NONE(),
    lambda: hash([]),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e.args)
