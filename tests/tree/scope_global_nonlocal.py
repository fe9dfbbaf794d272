# `global` makes the function's writes go to the module variable; `nonlocal`
# makes them go to the enclosing function's cell.
counter = 0


def bump():
    global counter
    counter += 1


def make():
    n = 0

    def step():
        nonlocal n
        n = n + 1
        return n

    return step
