# An uncaught NameError for a misspelled local variable: the interpreter's
# traceback ends with "Did you mean: ...?" computed from the failing
# frame's locals. Earlier, a misspelled name in a nested function (where the
# enclosing function's locals are not candidates) is caught and printed with
# the traceback module (which adds no suggestion in 3.11).
import traceback

maximum_size = 10


def show():
    try:
        print(maximum_sise)
    except NameError:
        print(traceback.format_exc().splitlines()[-1])


show()


def report(values):
    running_total = 0
    for value in values:
        running_total += value

    def finish():
        return running_totl

    try:
        finish()
    except NameError as e:
        print("nested:", e)
    return running_totl


print(report([1, 2, 3]))
