# abc.ABC and abstractmethod: the TypeError message when instantiating
# classes with abstract methods (one and several, sorted), concrete
# subclasses, abstract properties/classmethods/staticmethods, calling the
# abstract implementation via super(), ABC.register virtual subclasses,
# __subclasshook__, __abstractmethods__. Ends with an uncaught TypeError.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        return "base area"

    @abc.abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()} perimeter={self.perimeter()}"


class HalfDone(Shape):
    def area(self):
        return 1


class Square(HalfDone):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))


class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        return "abstract name"

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def helper():
        ...


class Impl(Base):
    @property
    def name(self):
        return "impl/" + super().name

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "helped"


print(Impl.make().name, Impl.helper())
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)


class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        pass


try:
    Meta()
except TypeError as e:
    print(type(e).__name__, e)


class Drawable(abc.ABC):
    @abc.abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
result = Drawable.register(Circle)
print(result is Circle, issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Circle.__mro__ == (Circle, object), Drawable in Circle.__mro__)


@Drawable.register
class Line:
    pass


print(isinstance(Line(), Drawable), Line().__class__.__name__)
try:
    Drawable.register(5)
except TypeError as e:
    print(type(e).__name__, e)


class HasLen(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is HasLen:
            return hasattr(other, "__len__")
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("s", HasLen))

NoAbstract = type("NoAbstract", (abc.ABC,), {})
print(type(NoAbstract()).__name__, type(abc.ABC).__name__)


class Late(abc.ABC):
    def later(self):
        pass


Late.later = abc.abstractmethod(Late.later)
print(type(Late()).__name__, "(abstractmethod added late is not enforced)")
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__))
Late()
