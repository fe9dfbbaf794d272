# Classes: attributes, methods, __init__, __repr__/__str__, inheritance and
# super(), class attributes vs instance attributes, properties,
# classmethod/staticmethod, dunder operators, isinstance, __slots__.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def unit():
        return Rect(1, 1)

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)

    def __lt__(self, other):
        return self.area() < other.area()

    def __add__(self, other):
        return Rect(self.w + other.w, self.h + other.h)

    __hash__ = None


class Circle(Shape):
    __slots__ = ("r",)

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Circle(1), Rect.square(2), Rect.unit()]
for s in shapes:
    print(repr(s), s.describe())
print(Shape.count, shapes[0].perimeter, Rect(1, 2) == Rect(1, 2), Rect(1, 2) == Rect(2, 1))
print(sorted(shapes[::2] + shapes[3:]), (Rect(1, 1) + Rect(2, 3)).area())
print(isinstance(shapes[1], Shape), issubclass(Circle, Rect), Circle.__mro__)
try:
    shapes[1].extra = 1
except AttributeError as e:
    print("AttributeError:", e)
else:
    print("no AttributeError: Shape gives Circle a __dict__", shapes[1].extra)


class Slotted:
    __slots__ = ("a",)


try:
    Slotted().b = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(Rect(1, 1))
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        instance = super().__call__(*args)
        instance.created_by_meta = True
        return instance


class Tracked(metaclass=Meta):
    def __init__(self, value):
        self.value = value


t = Tracked(5)
print(t.value, t.created_by_meta, type(Tracked).__name__)
