# A wrong call left uncaught ends the program: first several wrong calls are
# caught and printed, then a TypeError for a missing keyword-only argument
# raised through two levels of calls is not caught; the traceback shows the
# call lines with carets.
def configure(name, *, level, verbose=False):
    return f"{name}:{level}:{verbose}"


def setup(names, **options):
    return [configure(n, **options) for n in names]


print(setup(["a", "b"], level=1))
for options in [{}, {"level": 1, "colour": "red"}, {"level": 2, "verbose": True}]:
    try:
        print(setup(["x"], **options))
    except TypeError as e:
        print(type(e).__name__, e)


def main():
    options = {"verbose": True}
    results = setup(["first", "second"],
                    **options)
    return results


print("calling main")
main()
print("not reached")
