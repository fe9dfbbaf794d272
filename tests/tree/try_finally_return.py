# try/finally with return, break and continue in the tried block: the
# finally body is copied into a handler per exit kind.
def f(items):
    for item in items:
        try:
            if item:
                return item
            if item is None:
                break
            continue
        finally:
            cleanup()
