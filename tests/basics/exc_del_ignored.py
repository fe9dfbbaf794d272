# Exceptions raised in __del__ cannot propagate: they go to
# sys.unraisablehook ("Exception ignored in: ..." with a traceback). Checked
# with a custom hook (what it receives) and with the default hook writing to
# a captured sys.stderr (addresses masked). The program carries on normally
# after each ignored exception, and the caller's own exception state is
# untouched.
import io
import re
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)
        raise ValueError(f"boom in {self.name}")


class Quiet:
    def __del__(self):
        try:
            raise KeyError("handled inside __del__")
        except KeyError as e:
            print("handled:", e)


records = []


def hook(unraisable):
    records.append((unraisable.exc_type.__name__, str(unraisable.exc_value),
                    unraisable.err_msg, getattr(unraisable.object, "__qualname__", None),
                    unraisable.exc_traceback is not None))


sys.unraisablehook = hook
obj = Noisy("first")
del obj
print("after del:", records)

records.clear()
items = [Noisy("a"), Noisy("b")]
items.pop()
print("after pop:", records)
items = None
print("after rebinding the list:", [r[1] for r in records])


def scope():
    local = Noisy("local")
    return "function done"


records.clear()
print(scope(), records[0][:2])

records.clear()
q = Quiet()
del q
print("quiet left no record:", len(records))

# caller's exception state survives an ignored exception in __del__
records.clear()
try:
    raise RuntimeError("caller's")
except RuntimeError:
    temp = Noisy("inside handler")
    del temp
    print("current:", repr(sys.exc_info()[1]), records[0][0])

# the default hook writes to sys.stderr
sys.unraisablehook = sys.__unraisablehook__
captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
try:
    obj = Noisy("default hook")
    del obj
finally:
    sys.stderr = real_stderr
text = re.sub(r"0x[0-9a-fA-F]+", "0xADDR", captured.getvalue())
print(text.replace(__file__, "THIS_FILE"), end="")


# __del__ raising an exception while another propagates
class Raiser:
    def __del__(self):
        raise TypeError("from del during propagation")


sys.unraisablehook = hook
records.clear()


def propagate():
    r = Raiser()
    raise IndexError("propagating")


try:
    propagate()
except IndexError as e:
    print("caught", e, "| context:", e.__context__)
print([r[:2] for r in records])
print("end of program")
