# Class patterns with positional sub-patterns: isinstance against the class
# evaluated at match time, then the attributes named by __match_args__ (all
# fetched first), then the sub-patterns. Built-ins like int match themselves.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(value):
    match value:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on the x axis at %r" % (x,)
        case Point():
            return "a point"
        case int(number):
            return "the int %r" % (number,)
    return "something else"


print(where(Point(0, 0)), where(Point(3, 0)), where(Point(1, 1)), where(7), where("s"))
