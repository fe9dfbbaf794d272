# isinstance/issubclass (tuples, nested tuples, unions with |, abstract base
# classes, __instancecheck__), getattr/setattr/hasattr/delattr on instances,
# classes, modules and slots (with defaults and the errors), vars() of
# instances/classes/modules, and dir() of a local class and instance.
import collections.abc
import math


class Animal:
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Bird(Animal):
    legs = 2


d = Dog("rex")
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Bird), isinstance(d, (Bird, Dog)))
print(isinstance(d, (int, (str, (Animal,)))), isinstance(3, int | str), isinstance(None, type(None) | int))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, (str, int)))
print(issubclass(Dog, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping),
      isinstance((x for x in ()), collections.abc.Iterator), issubclass(list, collections.abc.Hashable),
      isinstance(len, collections.abc.Callable))


class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class Even(metaclass=EvenMeta):
    pass


print(isinstance(4, Even), isinstance(3, Even), issubclass(bool, Even), issubclass(int, Even))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (int, 1)),
            lambda: isinstance(1, (str, 1))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

print(getattr(d, "name"), getattr(d, "legs"), getattr(Bird, "legs"), getattr(d, "missing", "default"))
print(getattr(math, "pi") == math.pi, getattr(d, "speak")(), getattr(Animal, "speak")(d))
setattr(d, "name", "max")
setattr(d, "color", "brown")
setattr(Dog, "legs", 3)
print(d.name, d.color, d.legs, Animal.legs, Bird("b").legs)
print(hasattr(d, "color"), hasattr(d, "nothing"), hasattr(Dog, "speak"), hasattr(math, "tau"))
delattr(d, "color")
delattr(Dog, "legs")
print(hasattr(d, "color"), d.legs)
for bad in (lambda: getattr(d, "nothing"), lambda: delattr(d, "nothing"), lambda: getattr(d, 5),
            lambda: setattr(5, "x", 1), lambda: delattr(Dog, "legs"), lambda: getattr(d),
            lambda: setattr(d, "name")):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Prop:
    @property
    def value(self):
        raise AttributeError("computed failure")

    @property
    def other(self):
        raise KeyError("not swallowed")


print(hasattr(Prop(), "value"), getattr(Prop(), "value", "fallback"))
try:
    hasattr(Prop(), "other")
except KeyError as e:
    print("KeyError from hasattr", e)


class Slotted:
    __slots__ = ("x", "y")


s = Slotted()
s.x = 1
print(hasattr(s, "x"), hasattr(s, "y"), getattr(s, "y", None))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError", e)

print(vars(d), sorted(k for k in vars(Dog) if not k.startswith("__")), "pi" in vars(math))
v = vars(d)
v["added"] = True
print(d.added, vars(d) is d.__dict__)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)


class Local:
    class_attr = 1

    def method(self):
        pass

    @staticmethod
    def static():
        pass


obj = Local()
obj.inst = 2
print([n for n in dir(Local) if not n.startswith("__")], [n for n in dir(obj) if not n.startswith("__")])
print(dir(obj) == sorted(dir(obj)), "__init__" in dir(obj), "__dict__" in dir(Local))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]


print(dir(Custom()))


def local_scope():
    a = 1
    b = 2
    return dir()


print(local_scope())
