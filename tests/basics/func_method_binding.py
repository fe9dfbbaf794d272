# Functions as descriptors: function.__get__ creating bound methods,
# __self__ and __func__, types.MethodType binding a function to any object,
# functions stored on instances (not bound), builtin methods' __self__,
# staticmethod/classmethod __func__, and method equality.
import types


def describe(self, extra=""):
    return f"describe({type(self).__name__}{extra})"


class A:
    pass


class B:
    method = describe


a = A()
bound = describe.__get__(a, A)
print(type(bound).__name__, bound(), bound.__self__ is a, bound.__func__ is describe)
print(describe.__get__(None, A) is describe, B().method("!"), B.method is describe)
b = B()
print(b.method.__self__ is b, b.method.__func__ is describe, b.method.__name__, b.method.__qualname__)

a.attached = describe
try:
    a.attached()
except TypeError as e:
    print(type(e).__name__, e)
print(a.attached(a, " explicit"))

m = types.MethodType(describe, 42)
print(m(), m.__self__)
m2 = types.MethodType(lambda self, y: self + y, 10)
print(m2(5))
a.bound_here = types.MethodType(describe, a)
print(a.bound_here(" via MethodType"))

lst = [3, 1, 2]
sorter = lst.sort
print(sorter.__self__ is lst, sorter.__name__, type(sorter).__name__)
sorter()
print(lst, len.__self__.__name__, type([].append).__name__)


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @staticmethod
    def st(x):
        return x

    @classmethod
    def cm(cls):
        return cls.__name__


c1, c2 = C(1), C(1)
print(c1.get == c1.get, c1.get == c2.get, c1.get is c1.get, C.get(c2))
print(C.__dict__["st"].__func__(5), C.__dict__["cm"].__func__(C), C.cm.__self__ is C, C.cm.__func__.__name__)
print(type(C.__dict__["st"]).__name__, type(C.st).__name__, type(C.cm).__name__)
unbound_get = C.get
print(unbound_get(C(7)), type(unbound_get).__name__)
try:
    unbound_get()
except TypeError as e:
    print(type(e).__name__, e)
rebound = C.get.__get__(C(8))
print(rebound(), rebound.__func__ is C.get)
try:
    bound.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    bound.extra_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
describe.extra_attr = "function attribute"
print(bound.extra_attr, b.method.__doc__)


class Sub(C):
    def get(self):
        return "sub " + str(super().get())


print(Sub(3).get(), C.get(Sub(4)), super(Sub, Sub(5)).get())
