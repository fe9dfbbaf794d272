# Class keyword arguments reaching the metaclass: __prepare__, __new__ and
# __init__ all receive them; type.__init__ rejecting leftover keywords;
# keyword arguments with **-unpacking in the class statement; bases
# computed by expressions and *-unpacking.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw.items()))
        super().__init__(name, bases, ns)


class A(metaclass=Meta, debug=True, level=3):
    pass


print(A.options)
opts = {"color": "red", "size": 2}


class B(A, **opts):
    pass


print(B.options, type(B).__name__)
bases = (A,)


class C(*bases, metaclass=Meta, **{"x": 1}):
    pass


print(C.options, C.__bases__ == bases)


class Sloppy(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


try:
    class D(metaclass=Sloppy, flag=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class E(flag=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("F", (), {}, flag=1)
except TypeError as e:
    print(type(e).__name__, e)


def pick(n):
    return [int, str, list][n]


class FromExpr(pick(2)):
    pass


print(FromExpr([1, 2]), FromExpr.__bases__[0].__name__)
