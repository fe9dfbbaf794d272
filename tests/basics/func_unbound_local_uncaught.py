# An UnboundLocalError that is not caught: a function reads a global name
# that it also assigns later, so the read fails; a caught variant runs
# first, then the uncaught one ends the program with its traceback.
total = 100


def caught():
    try:
        total += 1
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(caught())


def accumulate(values):
    for v in values:
        total = total + v
    return total


def report():
    print("sum:", accumulate([]))
    print("sum:", accumulate([1, 2]))


report()
