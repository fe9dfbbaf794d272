# functools.singledispatch and singledispatchmethod: registration by
# decorator argument, by annotation, by register(cls, func), dispatch on
# subclasses and the MRO, abstract base classes, the registry mapping,
# dispatch() lookups, and errors for calls without arguments.
import collections.abc
import functools


@functools.singledispatch
def describe(obj):
    return f"object {type(obj).__name__}"


@describe.register(int)
def _(obj):
    return f"int {obj}"


@describe.register
def _(obj: str):
    return f"str {obj!r}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}"


def describe_float(obj):
    return f"float {obj:.2f}"


describe.register(float, describe_float)


@describe.register(collections.abc.Mapping)
def _(obj):
    return f"mapping with keys {sorted(obj)}"


class Base:
    pass


class Derived(Base):
    pass


@describe.register
def _(obj: Base):
    return "a Base (or subclass): " + type(obj).__name__


for value in [1, "s", [1, 2], (3,), 2.5, {"b": 1, "a": 2}, True, Derived(), Base(),
              None, b"bytes", collections.OrderedDict(z=1)]:
    print(describe(value))

print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe_float)
print(describe.dispatch(object) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry.keys()))
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(lambda x: x)
except TypeError as e:
    print(type(e).__name__, str(e).split(":")[0])
print(describe.__name__, describe.__wrapped__(5))


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}: other {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}: int {arg}"

    @fmt.register(list)
    def _(self, arg):
        return f"{self.prefix}: list " + ",".join(self.fmt(x) for x in arg)


f = Formatter("F")
print(f.fmt(3))
print(f.fmt("x"))
print(f.fmt([1, "y"]))


@functools.singledispatch
def total(obj, scale=1):
    raise NotImplementedError(f"cannot total {type(obj).__name__}")


@total.register
def _(obj: int, scale=1):
    return obj * scale


@total.register
def _(obj: list, scale=1):
    return sum(total(x, scale) for x in obj)


print(total(3, 2), total([1, [2, 3]], scale=10))
try:
    total("nope")
except NotImplementedError as e:
    print(type(e).__name__, e)
