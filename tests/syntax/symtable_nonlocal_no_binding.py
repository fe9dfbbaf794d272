# The enclosing function has no such variable.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
