# match statement with literal patterns (int, float, str, bytes, negative
# numbers, complex), None/True/False matched by identity (1 does not match
# True, 0 does not match False), capture and wildcard patterns, dotted value
# patterns (constants from classes, enums, modules), and subject
# evaluation happening once.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Const:
    LIMIT = 10
    NAME = "limit"


def lit(subject):
    match subject:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero int"
        case 1.5:
            return "one and a half"
        case -3:
            return "minus three"
        case 2 + 3j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case "":
            return "empty string"
        case Color.RED:
            return "enum red"
        case Const.LIMIT:
            return "the limit"
        case Const.NAME:
            return "the limit name"
        case x if isinstance(x, int) and x > 100:
            return f"big {x}"
        case _:
            return f"other {subject!r}"


for s in (None, True, False, 0, 0.0, 1, 1.0, 1.5, -3, -3.0, 2 + 3j, "hello", b"raw", "", Color.RED, Color.GREEN, 1,
          10, 10.0, "limit", 500, [], "Hello", bytearray(b"raw")):
    print(repr(s), "->", lit(s))


def capture(subject):
    match subject:
        case value:
            return f"captured {value!r}"


print(capture(42), capture([1, 2]))
calls = 0


def subject_fn():
    global calls
    calls += 1
    return 7


match subject_fn():
    case 1:
        print("one")
    case 2 | 3:
        print("two or three")
    case 7:
        print("seven")
print("subject evaluated", calls, "time(s)")
match 5:
    case 6:
        print("not six")
print("no case matched, no error")
match "x":
    case _:
        print("wildcard does not bind:", "_" in dir())
status = 404
match status:
    case 200:
        msg = "OK"
    case 301 | 302:
        msg = "redirect"
    case 404:
        msg = "not found"
    case code:
        msg = f"unknown {code}"
print(msg)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green via value pattern")
match float("nan"):
    case 1.0:
        print("never")
    case other:
        print("nan captured", other)
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched literal 1, not True")
match 0.0:
    case False:
        print("never")
    case 0:
        print("0.0 == 0 matched")
