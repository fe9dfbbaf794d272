# Tracebacks through finally blocks, comprehensions, callbacks from C,
# decorators, multi-line expressions and method calls.
import traceback

def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()

def in_finally():
    try:
        return 1
    finally:
        {}["finally key"]
show(in_finally)

def in_comprehension():
    return [1 / (x - 2) for x in range(4)]
show(in_comprehension)

def key_function(item):
    return item["missing"]
def via_sorted():
    return sorted([{"a": 1}, {"a": 2}], key=key_function)
show(via_sorted)

def decorator(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + undefined_in_wrapper
    return wrapper
@decorator
def decorated():
    return 1
show(decorated)

def multi_line():
    values = [1, 2, 3]
    return (values[0] +
            values[1] *
            values[7])
show(multi_line)

class Thing:
    def method(self):
        return self.nothing_here()
show(lambda: Thing().method())

def default_error(a=1 / 0):
    pass
