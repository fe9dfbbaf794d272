# Reflected operators: __radd__ and friends called when the left operand
# returns NotImplemented or lacks the method; subclass reflected methods
# taking priority over the left operand; both sides returning
# NotImplemented -> TypeError; sum() using __radd__ with start 0.
log = []


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        log.append(f"Money.__add__({other!r})")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        log.append(f"Money.__radd__({other!r})")
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, int):
            return Money(self.cents - other)
        return NotImplemented

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented

    __rmul__ = __mul__

    def __rtruediv__(self, other):
        return f"{other} / {self!r}"

    def __rpow__(self, other):
        return f"{other} ** {self!r}"

    def __rmatmul__(self, other):
        return f"{other} @ {self!r}"

    def __rlshift__(self, other):
        return f"{other} << {self!r}"

    def __rfloordiv__(self, other):
        return "rfloordiv"

    def __rmod__(self, other):
        return "rmod"

    def __rdivmod__(self, other):
        return "rdivmod"

    def __rand__(self, other):
        return "rand"

    def __ror__(self, other):
        return "ror"

    def __rxor__(self, other):
        return "rxor"

    def __rrshift__(self, other):
        return "rrshift"


m = Money(100)
print(m + 5, 5 + m, m + m, 10 - m, m - 1, 3 * m, m * 3)
print(log)
log.clear()
print(sum([Money(1), Money(2), Money(3)]), log)
print(2 / m, 2 ** m, 2 @ m, 1 << m, 7 // m, 7 % m, divmod(7, m), 1 & m, 1 | m, 1 ^ m, 1 >> m)
try:
    m + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" - m
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


class Unrelated:
    def __radd__(self, other):
        return "Unrelated.__radd__"


print(Base() + Derived(), Derived() + Base(), Base() + Unrelated(), Base() + Base())


class Inherits(Base):
    pass


print(Base() + Inherits())


class Refuses:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


try:
    Refuses() + Refuses()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + Refuses()
except TypeError as e:
    print(type(e).__name__, e)


class IntSub(int):
    def __radd__(self, other):
        return "IntSub.__radd__"

    def __rsub__(self, other):
        return "IntSub.__rsub__"


print(1 + IntSub(2), 5 - IntSub(1), IntSub(2) + 1, True + IntSub(0))
print(NotImplemented.__class__.__name__, repr(NotImplemented))
