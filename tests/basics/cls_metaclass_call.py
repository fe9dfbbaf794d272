# Metaclass __call__: controlling instance creation (singletons, caching,
# counting, skipping __init__, returning other objects), and how
# type.__call__ skips __init__ when __new__ returns a non-instance.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        print("calling", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class Widget(metaclass=Counting):
    def __init__(self, w, h=1):
        self.area = w * h


print(Widget(2, h=3).area, Widget(5).area, Widget.made)


class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInit):
    def __init__(self, *args):
        raise RuntimeError("never called")


r = Raw(1, 2)
print(type(r).__name__, r.args)


class Weird(type):
    def __call__(cls, *args):
        return sum(args)


class Adder(metaclass=Weird):
    pass


print(Adder(1, 2, 3), Adder())


# __new__ returning a non-instance: __init__ skipped
class Other:
    def __init__(self, *args):
        print("Other.__init__ ran", args)


class Factory:
    def __new__(cls, *args):
        print("Factory.__new__", args)
        return Other()

    def __init__(self, *args):
        print("Factory.__init__ ran (should not)")


f = Factory(1, 2)
print(type(f).__name__)


class SubFactory:
    def __new__(cls, flag):
        if flag:
            return super().__new__(Child)
        return super().__new__(cls)

    def __init__(self, flag):
        print("SubFactory.__init__", type(self).__name__, flag)


class Child(SubFactory):
    pass


print(type(SubFactory(True)).__name__, type(SubFactory(False)).__name__)


class Plain:
    pass


print(callable(Plain), callable(Plain()), "__call__" in vars(type))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plain).__call__(Plain).__class__.__name__)
try:
    type.__call__(5)
except TypeError as e:
    print(type(e).__name__, e)
