# -0 and 0 fold to equal constants.
match config:
    case {0: a, -0: b}:
        pass
