# super() in __new__ (which is an implicit staticmethod), in
# __init_subclass__ (an implicit classmethod), in metaclass methods, and in
# __class_getitem__; passing arguments through super().__new__.
class Base:
    created = []

    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        Base.created.append(cls.__name__)
        inst.from_new = args
        return inst

    def __init__(self, *args):
        self.from_init = args

    def __init_subclass__(cls, /, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Child(Base, tag="child"):
    def __new__(cls, a, b):
        inst = super().__new__(cls, a, b)
        inst.sum = a + b
        return inst


class Deeper(Child):
    def __init_subclass__(cls, **kwargs):
        kwargs.setdefault("tag", "deeper-default")
        super().__init_subclass__(**kwargs)
        cls.deeper = True


class Leaf(Deeper):
    pass


class Leaf2(Deeper, tag="explicit"):
    pass


c = Child(2, 3)
print(c.from_new, c.from_init, c.sum, Child.tag, Base.created)
print(Leaf.tag, Leaf.deeper, Leaf2.tag, hasattr(Deeper, "deeper"), Deeper.tag)

try:
    class Wrong(Base, color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class IntLike(int):
    def __new__(cls, value, scale=1):
        return super().__new__(cls, value * scale)


print(IntLike(4, 10), IntLike("7"), type(IntLike(1)).__name__)


class Tup(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)


print(Tup(1, 2, 3), len(Tup()))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["meta_made"] = name
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.called_via_meta = True
        return obj


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


w = WithMeta(9)
print(w.x, w.called_via_meta, WithMeta.meta_made)


class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubGen(Gen):
    def __class_getitem__(cls, item):
        return "Sub:" + super().__class_getitem__(item)


print(Gen[int], SubGen["x"])

try:
    object.__new__(Base, 1, 2)
    print("object.__new__ with args accepted because __new__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
