# Pickling class instances: default pickling of __dict__, __reduce__ and
# __reduce_ex__ returning (callable, args[, state]), __getnewargs__ and
# __getnewargs_ex__ for __new__ arguments, __getstate__/__setstate__,
# pickling slotted objects, classes defined in functions (PicklingError),
# and lambdas in instances. Everything stays in memory (pickle.dumps).
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(Point(1, [2]), protocol=proto))
    print(proto, p, p == Point(1, [2]))


class Reduced:
    def __init__(self, a, b=0):
        print("  Reduced.__init__", a, b)
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


r = pickle.loads(pickle.dumps(Reduced(3, 4)))
print(r.a, r.b)


def rebuild(kind, value):
    return f"rebuilt {kind}: {value}"


class ToString:
    def __reduce__(self):
        return (rebuild, ("ToString", 42))


print(pickle.loads(pickle.dumps(ToString())))


class WithState:
    def __init__(self):
        self.keep = 1
        self.drop = "gone"

    def __reduce__(self):
        return (WithState.__new__, (WithState,), {"keep": self.keep})

    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state)
        self.restored = True


ws = pickle.loads(pickle.dumps(WithState()))
print(sorted(vars(ws).items()))


class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        print("  __getnewargs__")
        return tuple(self)


im = pickle.loads(pickle.dumps(Immutable(1, 2), protocol=2))
print(type(im).__name__, im)


class KwNew:
    def __new__(cls, *, size):
        obj = super().__new__(cls)
        obj.size = size
        return obj

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


kw = pickle.loads(pickle.dumps(KwNew(size=9), protocol=4))
print(kw.size)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


sl = pickle.loads(pickle.dumps(Slotted(), protocol=2))
print(sl.a, sl.b)


class ReduceEx:
    def __reduce_ex__(self, protocol):
        return (str, (f"reduce_ex protocol {protocol}",))


print(pickle.loads(pickle.dumps(ReduceEx(), protocol=3)))


def make_local():
    class Local:
        pass
    return Local()


try:
    pickle.dumps(make_local())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)


class HoldsLambda:
    def __init__(self):
        self.f = lambda: 1


try:
    pickle.dumps(HoldsLambda())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, e)


class BadReduce:
    def __reduce__(self):
        return 42


try:
    pickle.dumps(BadReduce())
except pickle.PicklingError as e:
    print(type(e).__name__, e)

nested = {"points": [Point(0, 0), Point(1, 1)]}
nested["again"] = nested["points"]
back = pickle.loads(pickle.dumps(nested))
print(back, back["again"] is back["points"])
print(pickle.loads(pickle.dumps(Point)) is Point)
