# A capture pattern before other cases.
match command:
    case action:
        pass
    case "quit":
        pass
