# __eq__ and __hash__: defining only __eq__ sets __hash__ to None (the
# unhashable TypeError message), explicit __hash__, __hash__ = None in a
# subclass, inheriting __hash__ when __eq__ is not redefined, using objects
# as dict keys and set members, hash() of return values that are not ints.
class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq.__hash__, OnlyEq(1) == OnlyEq(1))
for make in (lambda: hash(OnlyEq(1)), lambda: {OnlyEq(1)}, lambda: {OnlyEq(1): 1}):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)


class Key:
    def __init__(self, name, extra=None):
        self.name = name
        self.extra = extra

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Key({self.name!r}, {self.extra!r})"


d = {Key("a", 1): "first"}
d[Key("a", 2)] = "second"
print(d, len(d))
s = {Key("x"), Key("x", 5), Key("y")}
print(len(s), Key("y") in s, Key("z") in s)
print(hash(Key("q")) == hash("q"))


class Child(Key):
    pass


print(Child.__hash__ is Key.__hash__, hash(Child("q")) == hash("q"))


class ChildEq(Key):
    def __eq__(self, other):
        return False


print(ChildEq.__hash__)


class NoHash(Key):
    __hash__ = None


try:
    hash(NoHash("a"))
except TypeError as e:
    print(type(e).__name__, e)


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BoolHash:
    def __hash__(self):
        return True


print(hash(BoolHash()))


class MinusOne:
    def __hash__(self):
        return -1


print(hash(MinusOne()))


class Default:
    pass


a = Default()
print(hash(a) == hash(a), a == a, {a: 1}[a])


class Mutable:
    def __init__(self):
        self.items = []

    def __eq__(self, other):
        return self.items == other.items

    __hash__ = object.__hash__


m = Mutable()
print({m: "ok"}[m], Mutable() in {m})

try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {frozenset([1]), {2}}
except TypeError as e:
    print(type(e).__name__, e)
