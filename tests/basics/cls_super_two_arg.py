# Two-argument super(type, obj) and super(type, type): skipping classes in
# the MRO, unbound super(type), calling from outside the class, errors for
# objects not instances of the type.
class A:
    def f(self):
        return "A.f"

    @classmethod
    def c(cls):
        return "A.c:" + cls.__name__


class B(A):
    def f(self):
        return "B.f"

    @classmethod
    def c(cls):
        return "B.c:" + cls.__name__


class C(B):
    def f(self):
        return "C.f"

    def skip(self):
        return super(B, self).f()

    def old_style(self):
        return super(C, self).f()


obj = C()
print(obj.f(), obj.skip(), obj.old_style())
print(super(C, obj).f(), super(B, obj).f())
print(super(C, C).c(), super(B, C).c())
print(super(C, C).f(obj))

try:
    super(A, obj).f()
except AttributeError as e:
    print(type(e).__name__, e)

try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(5, obj)
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(C, A)
except TypeError as e:
    print(type(e).__name__, e)

unbound = super(C)
print(type(unbound).__name__, unbound.__thisclass__.__name__, unbound.__self__)
bound = unbound.__get__(obj, C)
print(bound.f())

try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)


def outside(self):
    return super(C, self).f()


C.outside = outside
print(obj.outside())


def zero_outside(self):
    return super().f()


C.zero = zero_outside
try:
    obj.zero()
except RuntimeError as e:
    print(type(e).__name__, e)

print(super(bool, True).__repr__(), super(bool, True).__add__(2), super(int, 7).__str__())
