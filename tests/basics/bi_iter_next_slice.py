# iter() on sequences, mappings, with a sentinel callable, on objects with
# only __getitem__, and its errors; next() with and without default on
# exhausted iterators and on non-iterators; slice objects (attributes,
# indices(), use on lists/strings/custom __getitem__, hashing in 3.11,
# errors); object() instances; type() with one and three arguments;
# callable() on everything.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
print(list(iter("abc")), list(iter({"a": 1, "b": 2})), sorted(iter({3, 1})), list(iter(range(2))))
print(iter(it) is it, type(iter("x")).__name__, type(iter([])).__name__, type(iter({}.values())).__name__)

values = [3, 2, 1, 0, 5]
pop_it = iter(values.pop, 0)
print(list(pop_it), values)
counter = iter(lambda c=[0]: c.append(len(c)) or len(c), 4)
print(list(counter))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)


class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(97 + i)


print(list(OldStyle()), "b" in OldStyle(), list(iter(OldStyle())))


class NotIter:
    __iter__ = None


for bad in (5, None, NotIter()):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice("a", "b"))
print(s.indices(6), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(10))
data = list(range(10))
print(data[s], "abcdefghij"[s], data[slice(-3, None)], data[slice(None, None, -3)], (1, 2, 3)[slice(1, None)])
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2][slice("a", None)]
except TypeError as e:
    print("TypeError", e)


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, None], r["k"])

o = object()
print(type(o).__name__, o == o, o != object(), hasattr(o, "__dict__"), isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)

print(type(1), type("s"), type(type), type(None), type(len), type([].append).__name__)
Made = type("Made", (object,), {"x": 1, "double": lambda self: self.x * 2})
m = Made()
print(Made.__name__, Made.x, m.double(), type(m) is Made, Made.__bases__, Made.__qualname__)
Sub = type("Sub", (Made,), {})
print(Sub().double(), Sub.__mro__[1].__name__, issubclass(Sub, Made))
for bad in (lambda: type("N", "notatuple", {}), lambda: type("N", (), []), lambda: type("a", "b"),
            lambda: type("N", (1,), {})):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class WithCall:
    def __call__(self):
        return "called"


print([callable(x) for x in (len, print, WithCall, WithCall(), object(), 5, "s", lambda: 0, type,
                              [].append, Made, m.double, None, iter([]))])
print(WithCall()())
