# RecursionError from unbounded recursion through __getattr__ calling the
# getattr() builtin: the message must be CPython's plain "maximum recursion
# depth exceeded" (the compiled program adds " while calling a Python
# object"). Recursion through a plain attribute access in __getattr__ is
# shown for comparison.
import sys

sys.setrecursionlimit(100)


class Lazy:
    def __getattr__(self, name):
        return getattr(self, "_" + name)


class Direct:
    def __getattr__(self, name):
        return self.other


try:
    Direct().value
except RecursionError as e:
    print("direct:", e)
try:
    Lazy().value
except RecursionError as e:
    print("getattr builtin:", e)
