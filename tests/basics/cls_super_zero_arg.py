# Zero-argument super() in ordinary methods, __init__, classmethods,
# staticmethod-free contexts, properties and __repr__; super() objects'
# attributes; super() lookups of class attributes.
class Base:
    greeting = "hello"

    def __init__(self, value):
        self.value = value
        self.log = ["Base.__init__"]

    def show(self):
        return f"Base.show({self.value})"

    @classmethod
    def create(cls, v):
        return cls(v)

    @classmethod
    def name(cls):
        return "Base.name for " + cls.__name__

    @property
    def doubled(self):
        return self.value * 2

    def __repr__(self):
        return f"<{type(self).__name__} {self.value}>"


class Child(Base):
    greeting = "hi"

    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        self.log.append("Child.__init__")

    def show(self):
        return "Child+" + super().show()

    @classmethod
    def create(cls, v):
        obj = super().create(v)
        return obj

    @classmethod
    def name(cls):
        return "Child:" + super().name()

    @property
    def doubled(self):
        return super().doubled + 1

    def __repr__(self):
        return super().__repr__() + "*"

    def greetings(self):
        return self.greeting, super().greeting


class GrandChild(Child):
    def __init__(self):
        super().__init__(10, "g")
        self.log.append("GrandChild.__init__")

    def show(self):
        return "Grand+" + super().show()


c = Child(3, "x")
print(c.log, c.show(), c.doubled, repr(c), c.greetings())
g = GrandChild()
print(g.log, g.show(), g.doubled, repr(g), g.name())
print(Child.name(), GrandChild.name())
try:
    Child.create(5)
except TypeError as e:
    print(type(e).__name__, e)

s = super(Child, c)
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is c)
print(type(s).__name__)

try:
    super(Child, c).missing
except AttributeError as e:
    print(type(e).__name__, e)


class Plain:
    def method(self):
        return super().__str__ is not None

    def cls_name(self):
        return __class__.__name__


print(Plain().method(), Plain().cls_name())


class Sized(list):
    def __len__(self):
        return super().__len__() * 100


print(len(Sized([1, 2, 3])))
