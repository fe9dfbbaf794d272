# Literal value patterns: each case compares the subject, evaluated once,
# with == against the literal; the first case that matches runs.
def describe(command):
    match command:
        case "go":
            return "moving"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case b"raw":
            return "bytes"
    return "unknown"


print(describe("go"), describe(0), describe(-1), describe(b"raw"), describe(2.5))
