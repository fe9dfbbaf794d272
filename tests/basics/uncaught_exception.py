# An uncaught exception raised three calls deep: the traceback on stderr
# (file, lines, function names, source lines and 3.11 carets) and exit
# status 1, after the output printed before it.
def parse(text):
    return int(text)


def load(values):
    total = 0
    for value in values:
        total += parse(value)
    return total


def main():
    print("loading")
    print(load(["1", "2"]))
    print(load(["3", "four", "5"]))
    print("not reached")


main()
