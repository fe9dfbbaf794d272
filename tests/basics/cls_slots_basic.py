# __slots__: attribute storage without __dict__, AttributeError messages
# for undeclared names and unset slots, deleting slots, slots as a string,
# class attributes conflicting with slots, slot descriptors on the class.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "y"), getattr(p, "y", "unset"))

desc = Point.__dict__["x"]
print(type(desc).__name__, desc.__name__, desc.__objclass__.__name__)
print(repr(desc))
q = Point(10)
desc.__set__(q, 20)
print(desc.__get__(q, Point), q.x)


class Single:
    __slots__ = "only"


s = Single()
s.only = "yes"
print(s.only, Single.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)

try:
    class BadSlot:
        __slots__ = ("ok", 3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadName:
        __slots__ = ("not valid",)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup:
        __slots__ = ("a", "a")
    print("duplicate slots allowed", Dup.__slots__)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)


class Empty:
    __slots__ = ()


e = Empty()
try:
    e.anything = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)


class Private:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = "hidden"

    def reveal(self):
        return self.__secret


pr = Private()
print(pr.reveal(), sorted(k for k in Private.__dict__ if "secret" in k))
try:
    pr.__secret
except AttributeError as ex:
    print(type(ex).__name__, ex)


class Tuple(tuple):
    __slots__ = ()


print(Tuple((1, 2)), hasattr(Tuple(), "__dict__"))
try:
    class IntSlot(int):
        __slots__ = ("extra",)
except TypeError as ex:
    print(type(ex).__name__, ex)
