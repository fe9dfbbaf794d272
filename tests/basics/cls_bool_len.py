# Truthiness: __bool__, falling back to __len__, neither (always true),
# __bool__ returning non-bool (TypeError), __len__ returning negative or
# non-int values, huge __len__, truthiness in if/while/and/or/not/any/all.
class Truthy:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print("  __bool__ called")
        return self.flag


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__ called")
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(Truthy(False)), bool(Truthy(True)))
print(bool(Sized(0)), bool(Sized(3)), len(Sized(4)))
print(bool(Both()), len(Both()), bool(Neither()))

if Sized(0):
    print("sized 0 is true")
else:
    print("sized 0 is false")
print(not Truthy(True))
print(Truthy(False) or "fallback")
print(Truthy(True) and "second")
print(any([Sized(0), Sized(0)]), all([Sized(1), Sized(2)]))

countdown = Sized(2)
while countdown:
    countdown.n -= 1
print("loop ended at", countdown.n)


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.0


class HugeLen:
    def __len__(self):
        return 2 ** 70


class BoolLen:
    def __len__(self):
        return True


for obj in [BadBool(), NegLen(), FloatLen(), HugeLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, type(e).__name__, e)
for obj in [NegLen(), FloatLen(), HugeLen(), BoolLen()]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, "len", type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("if:", type(e).__name__, e)


class BoolNone:
    __bool__ = None


try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)


class IntSub(int):
    def __bool__(self):
        return True


print(bool(IntSub(0)), bool(int(IntSub(0))))


class ListSub(list):
    def __len__(self):
        return 5


print(bool(ListSub()), len(ListSub()), ListSub() == [])
