# Value patterns with dotted names compare with ==; the attribute is
# looked up each time the case is tried.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Limits:
    LOW = 10


def name(value):
    match value:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Limits.LOW:
            return "low"
    return "other"


print(name(Color.RED), name(Color.GREEN), name(10), name(1))
