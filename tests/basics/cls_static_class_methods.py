# staticmethod and classmethod: calling through the class, an instance and
# a subclass; cls being the actual subclass; alternative constructors;
# accessing the raw objects via __dict__; __func__/__wrapped__; calling
# staticmethod objects directly (callable since 3.10); chaining classmethod
# with property is avoided (deprecated) -- only basics here.
class Temperature:
    unit = "C"
    instances = 0

    def __init__(self, degrees):
        self.degrees = degrees
        type(self).instances += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"

    @staticmethod
    def is_valid(value):
        return value >= -273.15

    @staticmethod
    def helper(*args, **kwargs):
        return args, kwargs

    def check(self):
        return self.is_valid(self.degrees), Temperature.is_valid(self.degrees)


class Kelvin(Temperature):
    unit = "K"


t = Temperature.from_fahrenheit(212)
k = Kelvin.from_fahrenheit(32)
print(type(t).__name__, t.degrees, type(k).__name__, k.degrees)
print(Temperature.describe(), Kelvin.describe(), k.describe(), t.describe())
print(Temperature.is_valid(-300), t.is_valid(0), Kelvin.is_valid(5), k.check())
print(Temperature.helper(1, a=2), t.helper())
print(Temperature.instances, Kelvin.instances)

raw_s = Temperature.__dict__["is_valid"]
raw_c = Temperature.__dict__["describe"]
print(type(raw_s).__name__, type(raw_c).__name__)
print(raw_s.__func__ is Temperature.is_valid, raw_c.__func__.__name__)
print(raw_s(10), raw_s.__wrapped__(-500), raw_c.__wrapped__(Kelvin))
print(Temperature.is_valid.__qualname__, Temperature.describe.__qualname__)
print(Kelvin.describe.__self__ is Kelvin, t.describe.__self__ is Temperature)
try:
    raw_c()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Temperature.is_valid()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Temperature.from_fahrenheit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.from_fahrenheit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class Manual:
    def plain(x):
        return ("plain got", type(x).__name__)

    s = staticmethod(plain)
    c = classmethod(plain)


m = Manual()
print(Manual.plain(5), m.plain(), Manual.s(5), m.s(6), Manual.c(), m.c())
try:
    staticmethod(1)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Manual.__dict__["plain"]()
except TypeError as e:
    print(type(e).__name__, e)
sm = staticmethod(len)
print(sm("abc"), sm.__func__ is len, isinstance(sm, staticmethod))
print(classmethod(len).__func__ is len)
