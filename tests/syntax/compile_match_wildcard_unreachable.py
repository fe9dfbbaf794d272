# A wildcard alternative that is not last.
match command:
    case _ | "quit":
        pass
