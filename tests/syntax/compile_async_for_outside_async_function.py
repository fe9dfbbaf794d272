# async for in a regular function.
def f():
    async for x in y:
        pass
