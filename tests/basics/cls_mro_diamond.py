# Multiple inheritance and the C3 method resolution order: diamonds,
# __mro__ and mro(), attribute lookup following the MRO, left-to-right
# base precedence, deeper hierarchies.
class A:
    def who(self):
        return "A"

    def tag(self):
        return "A.tag"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def tag(self):
        return "C.tag"


class D(B, C):
    pass


class E(C, B):
    pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(D))
print(names(E))
print(D().who(), D().tag(), E().who(), E().tag())
print(D.mro() == list(D.__mro__), type(D.__mro__).__name__, type(D.mro()).__name__)


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass


print(names(Top))
print(Top.__bases__ == (K1, K2, K3))


class Mixin:
    def describe(self):
        return "mixin:" + self.base_name()


class Base:
    def base_name(self):
        return "base"

    def describe(self):
        return "base-describe"


class Both(Mixin, Base):
    pass


class Other(Base, Mixin):
    pass


print(Both().describe(), Other().describe())
print(names(Both), names(Other))


class Attr1:
    value = 1


class Attr2:
    value = 2
    only2 = "two"


class Combined(Attr1, Attr2):
    pass


print(Combined.value, Combined.only2)
del Attr1.value
print(Combined.value)
print(isinstance(Combined(), Attr2), issubclass(Combined, (int, Attr1)))
print(names(bool), names(type), names(object))
