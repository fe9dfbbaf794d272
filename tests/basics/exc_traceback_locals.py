# Frames reachable from a traceback keep their local variables: f_locals of
# each tb_frame (values at the moment of the error), f_lineno of the frame
# vs tb_lineno, f_back links of the failing frame, and locals of frames of
# functions that already returned normally are not in the traceback;
# traceback.StackSummary with capture_locals formats them as reprs.
import sys
import traceback


def parse_item(text, index):
    cleaned = text.strip()
    number = int(cleaned)
    return number * index


def parse_all(items):
    total = 0
    for index, text in enumerate(items):
        total += parse_item(text, index)
    return total


try:
    parse_all([" 1", "2 ", "x3"])
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        name = frame.f_code.co_name
        if name != "<module>":
            shown = {k: v for k, v in sorted(frame.f_locals.items())}
            print(name, tb.tb_lineno, frame.f_lineno == tb.tb_lineno, shown)
        tb = tb.tb_next
    last = e.__traceback__.tb_next.tb_next.tb_frame
    print(last.f_back.f_code.co_name, last.f_back.f_back.f_code.co_name, last.f_back.f_back.f_back)

    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
    for frame_summary in summary:
        if frame_summary.name != "<module>":
            print(frame_summary.name, frame_summary.lineno, dict(sorted(frame_summary.locals.items())))


def make_error():
    secret = [1, 2, 3]
    helper_result = len(secret)
    raise KeyError(helper_result)


try:
    make_error()
except KeyError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(sorted(frame.f_locals), frame.f_locals["secret"], frame.f_code.co_varnames, frame.f_code.co_argcount)


class Widget:
    def __init__(self, size):
        self.size = size

    def render(self, scale):
        area = self.size * scale
        return 100 // (area - 12)


try:
    Widget(3).render(4)
except ZeroDivisionError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, frame.f_locals["area"], frame.f_locals["scale"], frame.f_locals["self"].size)


def outer():
    captured = "closure value"

    def inner(n):
        return captured[n]

    return inner(99)


try:
    outer()
except IndexError as e:
    inner_frame = e.__traceback__.tb_next.tb_next.tb_frame
    outer_frame = e.__traceback__.tb_next.tb_frame
    print(sorted(inner_frame.f_locals.items()), sorted(outer_frame.f_locals))


def gen_fail():
    produced = 0
    for produced in range(3):
        yield produced
    raise RuntimeError(f"after {produced}")


try:
    list(gen_fail())
except RuntimeError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, dict(frame.f_locals))

print(sys._getframe().f_code.co_name, sys._getframe().f_back)
