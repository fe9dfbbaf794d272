# inspect.signature of plain functions, every parameter kind, defaults and
# annotations, lambdas, methods (bound and unbound), classes, partials,
# wrapped functions, and Signature.bind / bind_partial with their errors.
import functools
import inspect


def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> "ret":
    pass


def annotated(x: int, y: "list[str]" = None) -> float:
    pass


class Widget:
    def __init__(self, name, *, size=1):
        pass

    def method(self, value, other=None):
        pass

    @classmethod
    def build(cls, spec):
        pass

    @staticmethod
    def helper(n, /):
        pass


def show(obj, label):
    sig = inspect.signature(obj)
    print(f"{label}: {sig}")
    for name, param in sig.parameters.items():
        default = "-" if param.default is param.empty else repr(param.default)
        annotation = "-" if param.annotation is param.empty else repr(param.annotation)
        print(f"    {name:8} {str(param.kind):22} default={default} annotation={annotation}")


show(everything, "everything")
print("return annotation:", inspect.signature(everything).return_annotation)
show(annotated, "annotated")
show(lambda p, *q, **r: None, "lambda")
show(Widget, "Widget")
show(Widget.method, "Widget.method")
show(Widget("w").method, "bound method")
show(Widget.build, "classmethod")
show(Widget.helper, "staticmethod")
show(functools.partial(everything, 1, d=4), "partial")


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped_target(alpha, beta=10):
    pass


show(wrapped_target, "wrapped")
print("follow_wrapped=False:", inspect.signature(wrapped_target, follow_wrapped=False))

sig = inspect.signature(everything)
bound = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(bound.arguments)
bound.apply_defaults()
print(bound.args, bound.kwargs)
partial_bound = sig.bind_partial(1)
partial_bound.apply_defaults()
print(partial_bound.arguments)
for args, kwargs in [((), {"d": 1}), ((1,), {}), ((1,), {"a": 2, "d": 1}),
                     ((1, 2, 3), {"c": 4, "d": 5})]:
    try:
        sig.bind(*args, **kwargs)
        print("bound", args, kwargs)
    except TypeError as e:
        print("bind", args, kwargs, "->", type(e).__name__, e)

new_sig = sig.replace(parameters=list(sig.parameters.values())[:2], return_annotation=inspect.Signature.empty)
print("replaced:", new_sig)
p = inspect.Parameter("fresh", inspect.Parameter.KEYWORD_ONLY, default=0)
print(p, p.kind.name, p.kind.description)
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1),
                       inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print(type(e).__name__, e)
print(inspect.signature(everything) == inspect.signature(everything), str(inspect.signature(len)))
try:
    inspect.signature(42)
except TypeError as e:
    print(type(e).__name__, e)
