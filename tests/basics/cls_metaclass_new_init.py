# Metaclass __new__ and __init__: the order they run in relative to the
# class body, modifying the namespace, the arguments received, metaclass
# inheritance to subclasses, type(cls), methods defined on the metaclass
# (visible on the class, not on instances).
log = []


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append(("new", mcls.__name__, name, [b.__name__ for b in bases],
                    sorted(k for k in ns if not k.startswith("__"))))
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry_id = len(log)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        log.append(("init", name, "added_by_meta" in ns))
        super().__init__(name, bases, ns)

    def meta_method(cls):
        return "meta_method on " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


log.append("before Base")


class Base(metaclass=Meta):
    log.append("Base body")
    x = 1

    def method(self):
        return "method"


log.append("before Child")


class Child(Base):
    y = 2


for entry in log:
    print(entry)

print(type(Base).__name__, type(Child).__name__, type(Meta).__name__)
print(Base.added_by_meta, Child.added_by_meta, Base.registry_id, Child.registry_id)
print(Base.meta_method(), Child.upper_name)
print(hasattr(Base(), "meta_method"), hasattr(Base(), "upper_name"))
try:
    Base().meta_method()
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Base, Meta), isinstance(Base, type), issubclass(Meta, type))


# a metaclass that is a plain function
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class FromFunc(metaclass=func_meta):
    pass


print(FromFunc.made_by, type(FromFunc).__name__)


def returns_other(name, bases, ns):
    return 42


class NotAClass(metaclass=returns_other):
    pass


print(NotAClass, type(NotAClass).__name__)


# metaclass that uppercases attribute names
class UpperMeta(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for key, value in ns.items():
            new_ns[key if key.startswith("__") else key.upper()] = value
        return super().__new__(mcls, name, bases, new_ns)


class Shouty(metaclass=UpperMeta):
    volume = 11

    def speak(self):
        return "hi"


print(Shouty.VOLUME, Shouty().SPEAK(), hasattr(Shouty, "volume"))

try:
    class Bad(metaclass=Meta, extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
