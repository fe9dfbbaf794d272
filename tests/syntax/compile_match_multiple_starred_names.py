# Two starred names in one sequence pattern.
match values:
    case [first, *middle, *rest]:
        pass
