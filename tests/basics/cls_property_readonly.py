# Read-only and partially defined properties: the exact AttributeError
# messages for setting/deleting without a setter/deleter, getting without a
# getter, properties shadowing instance __dict__ entries, and properties on
# classes accessed through the class. Ends with an uncaught AttributeError
# from assigning a read-only property inside a method.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return 3 * self._r * self._r

    def setter_only(self, v):
        self._s = v

    write_only = property(None, setter_only)

    def resize(self, r):
        self.radius = r


c = Circle(2)
print(c.radius, c.area)
for action in ("set", "del"):
    try:
        if action == "set":
            c.radius = 5
        else:
            del c.radius
    except AttributeError as e:
        print(action, type(e).__name__, e)

c.write_only = 9
print(c._s)
try:
    c.write_only
except AttributeError as e:
    print("get", type(e).__name__, e)
try:
    del c.write_only
except AttributeError as e:
    print("del", type(e).__name__, e)

# instance dict entry does not shadow a data descriptor
c.__dict__["radius"] = 100
print(c.radius, c.__dict__["radius"])
print(type(Circle.radius).__name__)

try:
    setattr(c, "area", 1)
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Circle):
    radius = 7  # plain class attribute overrides the property


s = Sub(1)
print(s.radius)
s.radius = 8
print(s.radius, Sub.radius)


class Anonymous:
    value = property(lambda self: 1)


try:
    Anonymous().value = 2
except AttributeError as e:
    print(type(e).__name__, e)

c.resize(3)
