# KeyboardInterrupt raised by hand: caught once (it is not an Exception),
# then raised uncaught from a function. The traceback is printed and the
# interpreter ends itself with SIGINT, so the exit status is the same as
# CPython's for a real Ctrl-C.
def interruptible():
    raise KeyboardInterrupt


try:
    try:
        interruptible()
    except Exception:
        print("not an Exception")
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, e.args, isinstance(e, BaseException))

print("now uncaught", flush=True)
interruptible()
