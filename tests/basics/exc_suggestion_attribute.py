# "Did you mean" suggestions: in 3.11 they are not part of str(e) nor of
# traceback.format_exception_only; the interpreter's own printing adds them
# (sys.__excepthook__ into a captured stderr) for AttributeError and
# NameError (module globals, function locals, builtins, attributes of
# instances, classes and modules). The program ends with an uncaught
# AttributeError whose suggestion is printed by the interpreter.
import io
import math
import sys
import traceback


class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

    def connect(self):
        return "connected"


def last_line(exc):
    module_line = traceback.format_exception_only(exc)[-1].rstrip()
    captured = io.StringIO()
    saved, sys.stderr = sys.stderr, captured
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    hook_line = captured.getvalue().splitlines()[-1]
    if hook_line == module_line:
        return hook_line
    return f"{module_line} || {hook_line}"


cfg = Config()
attempts = [
    lambda: cfg.timout,
    lambda: cfg.retry,
    lambda: cfg.conect(),
    lambda: Config.connet,
    lambda: math.sqr(4),
    lambda: "text".uper(),
    lambda: [].apend(1),
    lambda: cfg.zzzzzzzz,
    lambda: (5).bit_lenght(),
]
for attempt in attempts:
    try:
        attempt()
    except AttributeError as e:
        print(repr(str(e)), "|", last_line(e))

counter_value = 1


def use_local():
    local_total = 5
    return local_totl + 1


names = [
    lambda: counter_valu,
    use_local,
    lambda: lenn([]),
    lambda: pirnt("x"),
    lambda: completely_unknown_name,
]
for attempt in names:
    try:
        attempt()
    except NameError as e:
        print(repr(str(e)), "|", last_line(e))

print("now uncaught:")
cfg.retires += 1
