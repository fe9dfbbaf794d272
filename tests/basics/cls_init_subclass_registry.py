# __init_subclass__ registration patterns: plugin registries keyed by
# name, abstract bases excluded via a flag, enforcing that subclasses
# define required attributes (TypeError at class creation), counting
# descendants per root, and registries of nested hierarchies.
class Command:
    registry = {}

    def __init_subclass__(cls, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        name = getattr(cls, "name", None)
        if name is None:
            raise TypeError(f"{cls.__name__} must define 'name'")
        if name in Command.registry:
            raise ValueError(f"duplicate command {name!r} ({cls.__name__} vs {Command.registry[name].__name__})")
        Command.registry[name] = cls

    def run(self, *args):
        raise NotImplementedError(type(self).__name__)


class FileCommand(Command, abstract=True):
    def run(self, *args):
        return f"{self.name} on files {args}"


class Copy(FileCommand):
    name = "cp"


class Move(FileCommand):
    name = "mv"


class Echo(Command):
    name = "echo"

    def run(self, *args):
        return " ".join(args)


print(sorted(Command.registry))
for cmd in ["echo", "cp", "mv"]:
    print(Command.registry[cmd]().run("a", "b"))

try:
    class Nameless(Command):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("Nameless" in [c.__name__ for c in Command.registry.values()])
try:
    class Copy2(Command):
        name = "cp"
except ValueError as e:
    print(type(e).__name__, e)
try:
    Command.registry["mv"].__mro__[1]().run.__call__
    Command().run()
except NotImplementedError as e:
    print(type(e).__name__, e)


class Tracked:
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.children = []
        for base in cls.__mro__[1:]:
            if "children" in base.__dict__:
                base.children.append(cls.__name__)


Tracked.children = []


class A(Tracked): pass
class B(A): pass
class C(A): pass
class D(B, C): pass


print(Tracked.children, A.children, B.children, C.children, D.children)


class Shape:
    kinds = []

    def __init_subclass__(cls, /, sides, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.kinds.append((cls.__name__, sides))


class Triangle(Shape, sides=3): pass
class Square(Shape, sides=4): pass


print(Shape.kinds, Triangle.sides)
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Thing(Shape, 3):
        pass
except TypeError as e:
    print(type(e).__name__, e)

Dynamic = type("Dynamic", (Command,), {"name": "dyn", "run": lambda self: "dynamic run"})
print(Command.registry["dyn"] is Dynamic, Dynamic().run())
