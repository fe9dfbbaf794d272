# __init_subclass__ with class keyword arguments: required and optional
# keywords, missing/unexpected keywords, its implicit classmethod nature,
# it running for every descendant but not the defining class, and the
# interaction with a metaclass that consumes some keywords.
class Plugin:
    def __init_subclass__(cls, *, name, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name
        cls.priority = priority
        print("registered", cls.__name__, name, priority)


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin, name="beta", priority=5):
    pass


class AlphaChild(Alpha, name="alpha-child"):
    pass


print(Alpha.plugin_name, Beta.priority, AlphaChild.plugin_name, AlphaChild.priority)
print(hasattr(Plugin, "plugin_name"))

try:
    class Missing(Plugin):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Extra(Plugin, name="x", colour="blue"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Positional(Plugin, "x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Counter:
    subclasses = []

    def __init_subclass__(cls):
        Counter.subclasses.append(cls.__qualname__)


class One(Counter): pass
class Two(One): pass
class Three(Two, Counter): pass


print(Counter.subclasses)


class Meta(type):
    def __new__(mcls, name, bases, ns, meta_opt=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.meta_opt = meta_opt
        return cls

    def __init__(cls, name, bases, ns, meta_opt=None, **kw):
        super().__init__(name, bases, ns, **kw)


class Hooked(metaclass=Meta):
    def __init_subclass__(cls, hook=None):
        cls.hook = hook


class Sub(Hooked, meta_opt="M", hook="H"):
    pass


print(Sub.meta_opt, Sub.hook)


class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook", cls.__name__, kw)
        super().__init_subclass__(**kw)


class Base2:
    def __init_subclass__(cls, **kw):
        print("Base2 hook", cls.__name__, kw)
        super().__init_subclass__()


class Both(Mixin, Base2, flag=True):
    pass


try:
    class Both2(Mixin, other=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
