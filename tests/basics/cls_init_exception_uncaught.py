# Exceptions raised in __init__: partially initialised objects are
# discarded, exceptions from __new__ vs __init__, caught re-raise with
# context, exception attributes, and finally an uncaught exception raised
# in __init__ called from a method called from a classmethod (traceback
# through several class frames).
class Resource:
    opened = []

    def __init__(self, name, size):
        self.name = name
        Resource.opened.append(name)
        if size < 0:
            raise ValueError(f"negative size for {name}: {size}")
        self.size = size

    def __repr__(self):
        return f"Resource({self.name!r}, {self.size})"


ok = Resource("a", 1)
try:
    bad = Resource("b", -1)
except ValueError as e:
    print(type(e).__name__, e)
print(ok, Resource.opened, "bad" in globals())


class NewFails:
    def __new__(cls, *args):
        raise RuntimeError("refused in __new__")

    def __init__(self, *args):
        print("never")


try:
    NewFails(1)
except RuntimeError as e:
    print(type(e).__name__, e)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)


class Wrapper:
    def __init__(self, value):
        try:
            self.value = int(value)
        except ValueError as inner:
            raise TypeError(f"Wrapper needs a number, got {value!r}") from inner


try:
    Wrapper("abc")
except TypeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)


class Pool:
    def __init__(self):
        self.items = []

    def add(self, name, size):
        item = Resource(name, size)
        self.items.append(item)
        return item

    @classmethod
    def build(cls, specs):
        pool = cls()
        for name, size in specs:
            pool.add(name, size)
        return pool


pool = Pool.build([("x", 1), ("y", 2)])
print(pool.items)
Pool.build([("z", 3), ("w", -7)])
