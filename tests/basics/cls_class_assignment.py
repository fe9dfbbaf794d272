# Assigning __class__ on instances (state machines, compatible layouts),
# the TypeError messages for incompatible layouts, builtin instances and
# non-class values; object.__new__ / object.__init__ argument errors and
# calling __new__ of the wrong type.
class Closed:
    def state(self):
        return "closed"

    def open(self):
        self.__class__ = Opened


class Opened:
    def state(self):
        return "open"

    def close(self):
        self.__class__ = Closed


door = Closed()
door.data = "kept"
print(door.state(), type(door).__name__)
door.open()
print(door.state(), type(door).__name__, door.data, isinstance(door, Closed))
door.close()
print(door.state())


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


class S3:
    __slots__ = ("b",)


s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
for target in (S3, Closed, int, 5):
    try:
        s.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
try:
    door.__class__ = S1
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__class__ = tuple
except TypeError as e:
    print(type(e).__name__, e)
try:
    del door.__class__
except TypeError as e:
    print(type(e).__name__, e)


class ListSub(list):
    pass


class ListSub2(list):
    def total(self):
        return sum(self)


ls = ListSub([1, 2])
ls.__class__ = ListSub2
print(ls.total(), type(ls).__name__)

# object.__new__ / __init__ errors
class NoInit:
    pass


class HasInit:
    def __init__(self, x):
        self.x = x


class HasNew:
    def __new__(cls, *args):
        return super().__new__(cls)


for label, action in [
    ("NoInit(1)", lambda: NoInit(1)),
    ("object.__new__(NoInit, 1)", lambda: object.__new__(NoInit, 1)),
    ("object.__new__(HasInit, 1)", lambda: object.__new__(HasInit, 1).__class__.__name__),
    ("object.__new__(HasNew, 1)", lambda: object.__new__(HasNew, 1)),
    ("object.__init__(NoInit(), 1)", lambda: object.__init__(NoInit(), 1)),
    ("object.__init__(HasInit(1), 1)", lambda: object.__init__(HasInit(1), 1)),
    ("object.__new__(5)", lambda: object.__new__(5)),
    ("object.__new__(int)", lambda: object.__new__(int)),
    ("object.__new__()", lambda: object.__new__()),
    ("int.__new__(str)", lambda: int.__new__(str)),
    ("HasNew.__new__(NoInit)", lambda: type(HasNew.__new__(NoInit)).__name__),
    ("object(1)", lambda: object(1)),
]:
    try:
        print(label, "->", action())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
