# Single inheritance: method overriding, calling base methods explicitly,
# attributes set in base __init__, isinstance/issubclass along the chain,
# __bases__, __base__, __subclasses__ order, inheriting from builtins.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} the {self.kind} says {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + "!" * self.age


class Cat(Animal):
    kind = "cat"


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 3), Cat("tom")]:
    print(a.intro())

p = Puppy("bit", 2)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, Puppy), issubclass(Cat, object))
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__)
print([c.__name__ for c in Animal.__subclasses__()], Dog.__subclasses__())
print([c.__name__ for c in Puppy.__mro__])
print(sorted(vars(p).items()))


class MyList(list):
    def total(self):
        return sum(self)

    def append(self, x):
        super().append(x * 10)


ml = MyList([1, 2])
ml.append(3)
print(ml, ml.total(), type(ml).__name__, isinstance(ml, list), len(ml))
print(ml + [4], type(ml + [4]).__name__)


class Upper(str):
    def shout(self):
        return self.upper() + "!"


u = Upper("hey")
print(u, u.shout(), u == "hey", type(u[0:2]).__name__, repr(u))


class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"


m = Money(5)
print(repr(m), m + 1, type(m + 1).__name__, repr(Money(7)), m * 2)

try:
    issubclass(p, Animal)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(3):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
