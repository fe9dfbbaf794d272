# The same name captured twice.
match point:
    case (x, x):
        pass
