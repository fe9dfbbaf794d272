# Decorators are evaluated before the function is created and applied
# innermost first; the name is bound only at the end.
def trace(label):
    return lambda function: function


@trace("outer")
@staticmethod
def helper(a, /, b, *, c=3, **kw) -> int:
    "Docstring of helper."
    return a
