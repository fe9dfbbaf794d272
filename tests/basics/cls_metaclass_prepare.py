# Metaclass __prepare__: returning a custom mapping for the class body
# namespace (recording definition order, detecting duplicate definitions,
# injecting names visible in the body, a defaultdict-like namespace),
# and __prepare__ receiving class keyword arguments.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", mcls.__name__, name, [b.__name__ for b in bases], kwargs)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Fields(metaclass=Ordered, flavor="x"):
    zeta = 1
    alpha = 2

    def middle(self):
        pass

    beta = 3
    zeta = 4


print(Fields.order, Fields.zeta, type(Fields.__dict__).__name__)


class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()


class Good(metaclass=Strict):
    a = 1
    b = 2


print(Good.a, Good.b)
try:
    class Dupe(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)


class Injecting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"CONSTANT": 99, "helper": lambda v: v * 2}


class UsesInjected(metaclass=Injecting):
    value = helper(CONSTANT)


print(UsesInjected.value, UsesInjected.CONSTANT)


class AutoDict(dict):
    def __missing__(self, key):
        if key.startswith("__") or key in ("print",):
            raise KeyError(key)
        self[key] = f"auto_{key}"
        return self[key]


class Auto(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoDict()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Lazy(metaclass=Auto):
    first = undefined_name
    second = another


print(Lazy.first, Lazy.second, Lazy.undefined_name)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(type.__prepare__("n", ()), type(type.__prepare__()).__name__)
