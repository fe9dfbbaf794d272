# __setattr__ and __delattr__: intercepting all assignments (including in
# __init__), validation, read-only objects, logging deletions, using
# object.__setattr__ / super().__setattr__, setattr() and del statements,
# augmented assignment going through __getattr__ + __setattr__.
class Validated:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __setattr__(self, key, value):
        print(f"  set {key}={value!r}")
        if key == "age" and not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        super().__setattr__(key, value)

    def __delattr__(self, key):
        print(f"  del {key}")
        if key == "name":
            raise AttributeError("name cannot be deleted")
        object.__delattr__(self, key)


v = Validated("ann", 30)
print(vars(v))
v.age += 1
print(v.age)
try:
    v.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
setattr(v, "nick", "a")
del v.nick
try:
    del v.name
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del v.ghost
except AttributeError as e:
    print(type(e).__name__, e)
delattr(v, "age")
print(vars(v))


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, key, value):
        raise AttributeError(f"cannot assign {key!r}: {type(self).__name__} is frozen")

    def __delattr__(self, key):
        raise AttributeError(f"cannot delete {key!r}")


fr = Frozen(1, 2)
print(fr.x, fr.y)
for action in (lambda: setattr(fr, "x", 5), lambda: delattr(fr, "y"), lambda: setattr(fr, "z", 0)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)


class Recorder:
    def __init__(self):
        self.__dict__["history"] = []

    def __setattr__(self, key, value):
        self.history.append((key, value))
        self.__dict__[key] = value


r = Recorder()
r.a = 1
r.a = 2
r.b = [r.a]
print(r.history, r.a)


class Counter:
    def __init__(self):
        self.count = 0

    def __getattr__(self, name):
        print("  __getattr__", name)
        return 100


c = Counter()
c.missing += 1
c.count += 1
print(vars(c))

try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(Validated, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(v, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    str.upper = None
except TypeError as e:
    print(type(e).__name__, e)
