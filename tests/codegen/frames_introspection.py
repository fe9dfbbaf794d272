# Frames are real: sys._getframe, f_back, f_locals, f_lineno, inspect and
# traceback see the compiled functions as CPython shows them.
import inspect
import sys
import traceback

def inner(a, b=2):
    c = a + b
    frame = sys._getframe()
    caller = frame.f_back
    print(frame.f_code.co_name, frame.f_lineno, sorted(k for k in frame.f_locals))
    print(caller.f_code.co_name, caller.f_lineno, caller.f_locals.get("marker"))
    print([f.function for f in inspect.stack()[:3]])
    print("".join(traceback.format_stack(limit=3)), end="")
    return c

def outer():
    marker = "outer's"
    return inner(1)

print(outer())
def closure():
    value = 5
    def get():
        return sys._getframe().f_locals
    return get()
print(closure())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
def generator_consumer():
    return [sys._getframe(1).f_code.co_name for _ in range(2)]
print(generator_consumer())
def raises():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)
        print(traceback.format_exception(e)[-2:])
raises()
print(inspect.signature(inner), inspect.getsource(inner).splitlines()[0])
print(inner.__code__.co_varnames, inner.__code__.co_firstlineno)
