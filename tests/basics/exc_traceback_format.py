# The traceback module on live exceptions: format_exc, print_exc to stdout,
# format_exception (with chains: cause, context, suppressed context),
# format_exception_only, extract_tb summaries (name, line, source text),
# print_exception with limit, format_stack of the current stack, and
# TracebackException; tracebacks include this file's path and 3.11 carets.
import sys
import traceback


def level_three(data):
    return data["key"] + 1


def level_two(data):
    return level_three(data) * 2


def level_one():
    return level_two({"key": "text"})


try:
    level_one()
except TypeError:
    text = traceback.format_exc()
print(text, end="")
print("---")

try:
    [1, 2, 3][10]
except IndexError:
    traceback.print_exc(file=sys.stdout)
print("---")


def wrap():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("wrapping failed") from e


try:
    wrap()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
print("---")

try:
    try:
        {}["missing"]
    except KeyError:
        None.attribute
except AttributeError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
print("---")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("no context shown") from None
except LookupError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("chain=False:")
    print("".join(traceback.format_exception(e, chain=False)), end="")
print("---")

print(traceback.format_exception_only(ValueError("only the message")))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(StopIteration()))


class CustomError(Exception):
    pass


print(traceback.format_exception_only(CustomError("custom")))
print("---")

try:
    level_one()
except TypeError as e:
    for frame in traceback.extract_tb(e.__traceback__):
        print(frame.name, frame.lineno, repr(frame.line), frame.filename == __file__)
    print("limit=2:")
    traceback.print_exception(e, limit=2, file=sys.stdout)
    print("limit=-1:")
    traceback.print_exception(e, limit=-1, file=sys.stdout)
print("---")


def show_stack():
    return traceback.format_stack()


def outer_stack():
    return show_stack()


for line in outer_stack():
    print(line, end="")
print("---")

try:
    level_one()
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    print("".join(te.format_exception_only()), end="")
    print([f.name for f in te.stack])


# multi-line expression carets
def compute(values):
    return (values[0]
            + values[1]
            + values[2])


try:
    compute([1, 2, None])
except TypeError:
    print(traceback.format_exc(), end="")

try:
    exec("x = (1 +\n")
except SyntaxError:
    print(traceback.format_exc(limit=0), end="")

print(traceback.format_exc(), end="")
