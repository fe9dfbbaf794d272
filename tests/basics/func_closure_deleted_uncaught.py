# Deleting a variable that a closure refers to: reading it from the inner
# function raises NameError "cannot access free variable ... where it is
# not associated with a value in enclosing scope", caught first and then
# left uncaught to end the program with that traceback.
def outer_caught():
    data = [1, 2, 3]

    def total():
        return sum(data)
    first = total()
    del data
    try:
        return first, total()
    except NameError as e:
        return first, f"{type(e).__name__}: {e}"


print(outer_caught())


def reassigned_after_del():
    item = "first"

    def show():
        return item
    del item
    messages = []
    try:
        show()
    except NameError as e:
        messages.append(str(e))
    item = "second"
    messages.append(show())
    return messages


print(reassigned_after_del())


def local_deleted():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(local_deleted())


def outer_cell_read_in_outer():
    value = 5

    def use():
        return value
    del value
    try:
        print(value)
    except NameError as e:
        print("outer read:", type(e).__name__, e)
    return use


late = outer_cell_read_in_outer()


def run(fn):
    return fn() + 1


print("about to fail")
run(late)
