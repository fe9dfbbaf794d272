# An uncaught exception whose chain mixes an explicit cause and an implicit
# context several levels deep: every link is printed, oldest first, with
# "The above exception was the direct cause..." and "During handling of the
# above exception..." separators, and `from None` cutting the chain at one
# point in the middle.
def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise LookupError(f"cannot load {text!r}") from e


def hidden():
    try:
        {}["secret"]
    except KeyError:
        raise OSError("clean start") from None


def configure(text):
    try:
        hidden()
    except OSError:
        try:
            load(text)
        except LookupError:
            raise RuntimeError("configuration failed")


print("configuring")
configure("12abc")
