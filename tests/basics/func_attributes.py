# Function object attributes: __name__, __qualname__ (module level, nested,
# methods, lambdas), __module__, __doc__ (docstrings, none, non-first
# strings), __annotations__ (evaluated values, return), __dict__ with
# arbitrary attributes, and assigning/deleting these attributes.
def documented(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    """Return nothing in particular.

    Second paragraph."""
    return True


def undocumented():
    x = "not a docstring"
    return x


def later_string():
    pass
    "not a docstring either"


class Outer:
    def method(self):
        def inner():
            pass
        return inner

    class Nested:
        def deep(self):
            return lambda: None


def factory():
    def made():
        pass
    return made


print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__))
print(undocumented.__doc__, later_string.__doc__)
print(documented.__annotations__)
print(undocumented.__annotations__, type(undocumented.__annotations__).__name__)
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.Nested.deep.__qualname__, Outer.Nested().deep().__qualname__)
print(factory().__qualname__, factory().__name__, (lambda: 0).__qualname__)
print(Outer.method.__module__, Outer().method().__module__)

print(documented.__dict__)
documented.tag = "tagged"
documented.count = 0
documented.count += 1
print(documented.__dict__, documented.tag, documented.count)
print(hasattr(undocumented, "tag"), getattr(undocumented, "tag", "default"))
del documented.tag
try:
    documented.tag
except AttributeError as e:
    print(type(e).__name__, e)

undocumented.__name__ = "renamed"
undocumented.__qualname__ = "Some.renamed"
undocumented.__doc__ = "assigned doc"
undocumented.__module__ = "fake.module"
print(undocumented.__name__, undocumented.__qualname__, undocumented.__doc__, undocumented.__module__)
try:
    undocumented()
    print("call still works, code name:", undocumented.__code__.co_name)
except Exception as e:
    print("unexpected", e)
try:
    undocumented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    undocumented.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del undocumented.__name__
except TypeError as e:
    print(type(e).__name__, e)

undocumented.__annotations__ = {"x": int}
print(undocumented.__annotations__)
del undocumented.__annotations__
print(undocumented.__annotations__)
try:
    undocumented.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)

documented.__dict__ = {"fresh": 1}
print(documented.__dict__, documented.fresh)
try:
    documented.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)


def with_attrs():
    return with_attrs.calls


with_attrs.calls = "attribute read inside the body"
print(with_attrs())
print(sorted(k for k in dir(with_attrs) if k.startswith("__") and k in (
    "__name__", "__qualname__", "__doc__", "__module__", "__defaults__",
    "__kwdefaults__", "__code__", "__globals__", "__closure__", "__dict__",
    "__annotations__", "__call__", "__get__", "__builtins__")))
print(with_attrs.__globals__ is globals(), with_attrs.__closure__, type(with_attrs).__name__)
print(with_attrs.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(with_attrs.__builtins__).__name__)
