"""A small program to show what nuitka-cc makes of Python."""


def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


for who in ["world", "nuitka-cc"]:
    print(greet(who))
