# callable(): functions, lambdas, builtins, classes, instances with and
# without __call__ (set on the class vs. the instance), bound methods,
# staticmethod/classmethod objects, partials, generators, and calling an
# uncallable object (the TypeError messages).
import functools


def fn():
    pass


class Plain:
    pass


class WithCall:
    def __call__(self, x=1):
        return f"called with {x}"


class Descriptorish:
    __call__ = None


p = Plain()
p.__call__ = lambda: "instance attribute"
w = WithCall()
objects = [
    ("function", fn), ("lambda", lambda: 0), ("builtin", len), ("builtin method", [].append),
    ("class", Plain), ("type", type), ("instance", Plain()), ("instance with attr __call__", p),
    ("instance with __call__", w), ("bound method", w.__call__), ("int", 5), ("str", "s"),
    ("None", None), ("partial", functools.partial(fn)), ("generator", (x for x in [])),
    ("staticmethod obj", staticmethod(fn)), ("classmethod obj", classmethod(fn)),
    ("__call__ = None", Descriptorish()), ("module", functools), ("method descriptor", str.upper),
]
for label, obj in objects:
    print(f"{label:28} {callable(obj)}")

print(w(), w(5), WithCall.__call__(w, 7))
for bad in [5, "text", None, Plain(), p, Descriptorish(), [1], (1,), {"a": 1}]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

WithCall.__call__ = lambda self: "replaced on class"
print(w())
del WithCall.__call__
print(callable(w))
try:
    w()
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __call__(cls, *args):
        return f"metaclass call of {cls.__name__} with {args}"


class Odd(metaclass=Meta):
    pass


print(Odd(1, 2), callable(Odd))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
ns = {"x": 3}
try:
    ns["x"]()
except TypeError as e:
    print(type(e).__name__, e)
pair = (1, 2)
try:
    pair[0]()
except TypeError as e:
    print(type(e).__name__, e)
