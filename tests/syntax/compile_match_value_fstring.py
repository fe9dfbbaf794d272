# An f-string is not a literal pattern.
match name:
    case f"x":
        pass
