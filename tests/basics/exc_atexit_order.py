# atexit handlers run after the main program ends (here through sys.exit(6))
# in reverse order of registration, with their arguments; unregister removes
# every registration of a function; a handler raising an exception is
# reported through sys.unraisablehook (replaced to keep addresses out of
# the output) and the others still run; the exit status stays 6.
import atexit
import sys


def hook(unraisable):
    print("unraisable:", unraisable.err_msg.split(":")[0], unraisable.exc_type.__name__,
          unraisable.exc_value, getattr(unraisable.object, "__name__", None))


sys.unraisablehook = hook


def say(*args, **kwargs):
    print("handler", args, kwargs)


def removed():
    print("removed handler must not run")


def broken():
    raise RuntimeError("handler failed")


atexit.register(say, "first")
atexit.register(removed)
atexit.register(say, "second", key="value")
atexit.register(broken)
atexit.register(removed)
atexit.register(lambda: print("lambda handler, last registered"))
atexit.unregister(removed)


@atexit.register
def decorated():
    print("decorated handler runs first")


print("main program ends")
sys.exit(6)
