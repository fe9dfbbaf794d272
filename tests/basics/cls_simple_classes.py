# Simple classes: empty classes, __init__ with defaults, methods calling
# other methods, bound vs. unbound methods, method objects' attributes,
# instances compared by identity, classes as first-class values.
class Empty:
    pass


class Point:
    """A 2D point."""

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def describe(self):
        return "Point(%d, %d) norm2=%d" % (self.x, self.y, self.norm2())


e = Empty()
print(type(e).__name__, type(e) is Empty, isinstance(e, object))
e.anything = 42
print(e.anything, vars(e))
print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__)
print(Point.__doc__)

p = Point()
q = Point(3, 4)
print(p.describe(), q.describe())
print(q.moved(1).describe(), q.moved(dy=2, dx=-3).describe())

m = q.norm2
print(m(), m.__self__ is q, m.__func__ is Point.norm2, m.__name__, m.__qualname__)
print(Point.norm2(q), Point.describe(Point(1, 1)))
print(q.norm2 == q.norm2, q.norm2 is q.norm2, q.norm2 == p.norm2)

a = Point(1, 2)
b = Point(1, 2)
print(a == b, a is b, a != b, a == a)

classes = [Empty, Point, int, str]
for c in classes:
    print(c.__name__, callable(c), isinstance(c, type))

# calling mistakes
try:
    Point(1, 2, 3)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Point.norm2()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    q.moved()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    q.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Empty(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    q.describe(1)
except TypeError as ex:
    print(type(ex).__name__, ex)

# attributes added and removed at runtime
q.z = 5
print(sorted(vars(q).items()))
del q.z
print(hasattr(q, "z"), sorted(q.__dict__))
try:
    del q.z
except AttributeError as ex:
    print(type(ex).__name__, ex)


# method added to class after creation
def extra(self):
    return self.x - self.y


Point.extra = extra
print(q.extra(), Point(10, 1).extra())
