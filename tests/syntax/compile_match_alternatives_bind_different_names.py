# Alternatives must bind the same names.
match point:
    case [x, 0] | [0, y]:
        pass
