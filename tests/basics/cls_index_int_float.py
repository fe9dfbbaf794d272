# Numeric conversion dunders: __index__ (used by slicing, range, hex/bin,
# list indexing, operator.index), __int__ and __float__ (int()/float()),
# __complex__, __round__/__trunc__/__floor__/__ceil__, wrong return types,
# and the int() fallback order in 3.11.
import math
import operator


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


i2 = Idx(2)
data = list(range(10))
print(data[i2], data[Idx(1):Idx(4)], data[::Idx(3)], range(Idx(3))[-1], list(range(Idx(1), Idx(4))))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), operator.index(Idx(7)), int(Idx(9)))
print("ab" * Idx(3), [0] * Idx(2), bytes(Idx(2)), (1, 2, 3)[Idx(-1)])
print(float(Idx(3)), complex(Idx(4)), math.sqrt(Idx(16)), round(2.5, Idx(0)))


class IntOnly:
    def __int__(self):
        return 42


class FloatOnly:
    def __float__(self):
        return 2.5


print(int(IntOnly()), float(FloatOnly()), int(float(FloatOnly())))
for fn, obj in [(float, IntOnly()), (int, FloatOnly()), (operator.index, IntOnly()),
                (lambda o: [1, 2][o], IntOnly()), (hex, IntOnly()), (complex, IntOnly())]:
    try:
        print(fn(obj))
    except TypeError as e:
        print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return 1.5


class BadInt:
    def __int__(self):
        return "1"


class BadFloat:
    def __float__(self):
        return 1


for fn, obj in [(operator.index, BadIndex()), (int, BadInt()), (float, BadFloat())]:
    try:
        print(fn(obj))
    except TypeError as e:
        print(type(e).__name__, e)


class BoolIndex:
    def __index__(self):
        return True


print(operator.index(BoolIndex()), [10, 20][BoolIndex()])


class Number:
    def __init__(self, x):
        self.x = x

    def __round__(self, ndigits=None):
        return f"round({ndigits})"

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __complex__(self):
        return complex(self.x, 1)


n = Number(3)
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), complex(n))


class IntSub(int):
    def __int__(self):
        return 999

    def __index__(self):
        return 555


s = IntSub(7)
print(int(s), operator.index(s), [0] * s == [0] * 7, hex(s), s + 0)


class TruncOnly:
    def __trunc__(self):
        return 11


try:
    print(int(TruncOnly()))
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
