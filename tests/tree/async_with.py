# async with: __aenter__/__aexit__ by special lookup, both results awaited
# (the awaits are numbered 1 and 2 for their error messages).
async def f(lock):
    async with lock as held:
        await held.work()
