# property: getter/setter/deleter via decorators and via property(...),
# docstrings, validation in setters, computed properties, properties in
# subclasses extended with .setter, property objects' attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__)
p = Temperature.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.fdel, Temperature.fahrenheit.__doc__)


class Old:
    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v * 2

    x = property(get_x, set_x, None, "the x")
    y = property(lambda self: "lambda y")


o = Old()
o.x = 4
print(o.x, Old.x.__doc__, o.y, Old.get_x.__name__)


class Base:
    @property
    def value(self):
        return "base value"


class Derived(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v


d = Derived()
d.value = 3
print(d.value, d._v, Base.value is Derived.value)


class Lazy:
    def __init__(self):
        self.computations = 0

    @property
    def expensive(self):
        self.computations += 1
        return 42


lz = Lazy()
print(lz.expensive, lz.expensive, lz.computations)

prop = property()
print(prop.fget, prop.fset, prop.fdel)
new_prop = prop.getter(lambda self: 1)
print(new_prop is prop, new_prop.fget is not None)
