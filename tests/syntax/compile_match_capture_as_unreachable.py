# The inner capture of an as-pattern matches anything.
match value:
    case (x as y):
        pass
    case 1:
        pass
