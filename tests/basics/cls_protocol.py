# typing.Protocol basics: structural classes, runtime_checkable isinstance
# and issubclass checks (methods and data members), isinstance on a
# non-runtime protocol raising TypeError, explicit subclassing of a
# protocol (default method implementations), protocols not instantiable,
# generic protocols.
from typing import Protocol, runtime_checkable, TypeVar, Iterable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        return "closed resource"


class NotClosable:
    def open(self):
        pass


print(isinstance(Resource(), Closable), isinstance(NotClosable(), Closable), issubclass(Resource, Closable))
print(isinstance(open.__class__, Closable))


class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...


try:
    isinstance(Resource(), Greeter)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Greeter()
except TypeError as e:
    print(type(e).__name__, e)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "x"


class Unnamed:
    pass


print(isinstance(Named(), HasName), isinstance(Unnamed(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print(type(e).__name__, e)


class Polite(Protocol):
    def greet(self, name: str) -> str:
        return "Hello, " + name

    def farewell(self) -> str:
        ...


class Butler(Polite):
    def farewell(self):
        return "Goodbye"


b = Butler()
print(b.greet("sir"), b.farewell(), isinstance(b, Butler), Polite in Butler.__mro__)


def greet_all(items: Iterable[Greeter]) -> list:
    return [g.greet("you") for g in items]


class Friendly:
    def greet(self, name):
        return "hi " + name


print(greet_all([Friendly(), Butler()]))

T = TypeVar("T")


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T:
        ...


class IntBox:
    def get(self):
        return 1


print(isinstance(IntBox(), Box), Box[int].__origin__ is Box, getattr(Box, "_is_protocol", None))


@runtime_checkable
class SizedIterable(Protocol):
    def __len__(self) -> int: ...
    def __iter__(self): ...


print(isinstance([], SizedIterable), isinstance(5, SizedIterable), isinstance({}, SizedIterable), isinstance(iter([]), SizedIterable))


class NoneAttr:
    close = None


print(isinstance(NoneAttr(), Closable))
try:
    class Mixed(Protocol, Resource):
        pass
except TypeError as e:
    print(type(e).__name__, e)
