"""Module docstring: this text is the value of __doc__ at module level."""
# Module-level names: __doc__ (the docstring above), __name__ ==
# "__main__", the if __name__ == "__main__" idiom, __file__ ending in .py,
# __builtins__, globals() vs. locals() at module level, `global` at module
# level being a no-op, module attributes seen through sys.modules, and
# __annotations__ collected from module-level annotated assignments.
import sys
print(__doc__)
print(__name__, type(__doc__).__name__, __file__.endswith("stmt_module_dunder.py"), __spec__ is None or __spec__.name)
print(__package__ in (None, ""), "__builtins__" in globals(), globals() is locals(), __loader__ is not None)
main = sys.modules["__main__"]
print(main.__doc__ == __doc__, main.__name__, getattr(main, "sys") is sys)
global counter
counter = 1


def bump():
    global counter
    counter += 1


bump()
print(counter, main.counter)
main.injected = "set via module object"
print(injected)
globals()["dynamic"] = 42
print(dynamic)
annotated: int = 5
only_annotation: str
print(__annotations__, annotated, "only_annotation" in globals())
try:
    print(only_annotation)
except NameError as e:
    print(type(e).__name__, e)


def documented():
    """Function docstring."""


class Documented:
    """Class docstring."""
    attr: float = 1.5


print(documented.__doc__, Documented.__doc__, Documented.__annotations__, documented.__module__, Documented.__module__)
print(sorted(k for k in globals() if not k.startswith("_")))


def main_function():
    print("main_function runs because __name__ is", repr(__name__))
    return 0


if __name__ == "__main__":
    status = main_function()
    print("status", status)
else:
    print("imported, never here")
if __name__ != "__main__":
    print("never")
del dynamic
print("dynamic" in globals(), __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict builtins")
print(vars(main) is globals(), dir(main) == sorted(globals()))
