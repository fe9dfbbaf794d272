# Capture and wildcard patterns: `case value:` binds the subject to a name,
# `case _:` matches without binding; both are irrefutable, so they come last.
def first(subject):
    match subject:
        case 1:
            return "one"
        case value:
            return "captured %r" % (value,)


def second(subject):
    match subject:
        case 1:
            return "one"
        case _:
            return "anything"


print(first(1), first("x"), second(1), second(None))
