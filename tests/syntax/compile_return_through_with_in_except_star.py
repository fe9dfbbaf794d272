# Leaving the with block first clears the location: CPython reports line -1.
def f():
    try:
        pass
    except* ValueError:
        with lock:
            return result
