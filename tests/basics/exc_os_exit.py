# os._exit(5) ends the process immediately with status 5: finally blocks,
# atexit handlers and context-manager exits do not run, so output has to be
# flushed by hand before.
import atexit
import os
import sys


@atexit.register
def never():
    print("atexit handler must not run")


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("__exit__ must not run")


print("before os._exit", flush=True)
print("to stderr", file=sys.stderr, flush=True)
with Manager():
    try:
        sys.stdout.flush()
        os._exit(5)
    finally:
        print("finally must not run")
