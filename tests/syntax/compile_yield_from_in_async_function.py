# yield from is not allowed in a coroutine.
async def f():
    yield from g()
