# Frames of running functions: sys._getframe names, f_back chains,
# f_lineno progress, f_locals of the caller, f_code identity with
# __code__, frames of nested functions and lambdas, and
# inspect.stack()-style information without line text.
import inspect
import os
import sys


def who_am_i():
    return sys._getframe().f_code.co_name


def caller_name():
    return sys._getframe(1).f_code.co_name


def chain():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def middle():
    return chain()


def top():
    return middle()


print(who_am_i(), (lambda: caller_name())(), top())


def line_progress():
    frame = sys._getframe()
    first = frame.f_lineno
    second = frame.f_lineno
    return second - first


print("line delta:", line_progress())


def peek_locals():
    return sorted(sys._getframe(1).f_locals.items())


def has_locals(a, b=2):
    c = a + b
    return peek_locals()


print(has_locals(1))


def code_identity():
    return sys._getframe().f_code is code_identity.__code__


print(code_identity())


def outer():
    x = "outer x"

    def inner():
        frame = sys._getframe()
        return frame.f_code.co_name, frame.f_back.f_code.co_name, x
    return inner()


print(outer())


def stack_info():
    return [(os.path.basename(f.filename), f.function, f.lineno - stack_info.__code__.co_firstlineno)
            for f in inspect.stack()[:2]]


print(stack_info()[0])


def depth_of_calls(n):
    if n == 0:
        d = 0
        f = sys._getframe()
        while f.f_code.co_name == "depth_of_calls":
            d += 1
            f = f.f_back
        return d
    return depth_of_calls(n - 1)


print(depth_of_calls(5))


def globals_of_frame():
    return sys._getframe().f_globals is globals(), sys._getframe().f_builtins is __builtins__.__dict__


print(globals_of_frame())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_back)


def frame_after_exception():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_frame.f_code.co_name, tb.tb_lineno - frame_after_exception.__code__.co_firstlineno


print(frame_after_exception())
