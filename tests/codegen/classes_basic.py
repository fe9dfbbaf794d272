# Classes: methods, inheritance, super(), class attributes, properties,
# classmethods, staticmethods, metaclasses, __slots__, dunder methods.
class Base:
    """A base class."""
    counter = 0
    def __init__(self, name):
        self.name = name
        Base.counter += 1
    def greet(self):
        return f"hello {self.name}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def greet(self):
        return super().greet() + f" aged {self.age}"
    @property
    def double_age(self):
        return self.age * 2
    @classmethod
    def make(cls, name):
        return cls(name, 1)
    @staticmethod
    def helper(x):
        return x + 1
c = Child("ann", 30)
print(c.greet(), c.double_age, Child.make("bob"), Child.helper(3), Base.counter)
print(Base.__doc__, Child.__mro__, Child.__qualname__, Child.__module__)
print(isinstance(c, Base), issubclass(Child, Base), repr(c))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
class Tagged(metaclass=Meta, tag="x"):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("slots:", e)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
v = Vec(1, 2) + Vec(3, 4)
print(v.x, v.y, v == Vec(4, 6), len(v), v[1], list(v))
def make_class(value):
    class Local:
        attr = value
        def get(self):
            return self.attr + value
    return Local
L = make_class(5)
print(L().get(), L.__qualname__)
class WithClassVar:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(items)
print(WithClassVar.doubled, WithClassVar.total)
class Desc:
    def __get__(self, obj, owner):
        return ("desc", owner.__name__)
class UsesDesc:
    d = Desc()
print(UsesDesc.d, UsesDesc().d)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Deleter:
    x = 1
    del x
print(hasattr(Deleter, "x"))
