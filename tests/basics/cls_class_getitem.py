# __class_getitem__: implicit classmethod, receiving tuples and slices,
# precedence of metaclass __getitem__, builtin generics (list[int],
# dict[str, int]) and their reprs/__origin__/__args__, subscripting classes
# without __class_getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int], Box["a", 2], Box[1:3], SubBox[None])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__ " + str(item)


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "__class_getitem__ " + str(item)


print(Both[5])


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

alias = list[int]
print(alias, alias.__origin__ is list, alias.__args__, alias([1, 2]))
print(dict[str, list[int]], tuple[int, ...], type(alias).__name__)
print(isinstance([1], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)


class Container:
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, index):
        return self.items[index]

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(f"{cls.__name__}_of_{len(params)}", (cls,), {"params": params})


Specialized = Container[int, str]
print(Specialized.__name__, Specialized.params == (int, str), Specialized(7, 8)[1])
print(Container[bytes].params == (bytes,), issubclass(Container[int], Container))


class Static:
    @staticmethod
    def __class_getitem__(item):
        return ("static", item)


print(Static[3])
