# async with in a regular function.
def f():
    async with lock:
        pass
