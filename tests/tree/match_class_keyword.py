# Class patterns with keyword sub-patterns: a missing attribute means no
# match; a dotted class name is looked up when matching.
import types


class Circle:
    def __init__(self, radius):
        self.radius = radius


def area_hint(shape):
    match shape:
        case Circle(radius=0):
            return "degenerate"
        case Circle(radius=r):
            return "circle of radius %r" % (r,)
        case types.SimpleNamespace(width=w, height=h):
            return "rectangle %r x %r" % (w, h)
        case types.SimpleNamespace(width=w):
            return "only a width %r" % (w,)
    return "unknown"


print(area_hint(Circle(0)), area_hint(Circle(2)))
print(area_hint(types.SimpleNamespace(width=1, height=2)),
      area_hint(types.SimpleNamespace(width=3)), area_hint(None))
