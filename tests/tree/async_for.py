# async for: aiter and awaited anext, stopping at StopAsyncIteration; with
# an else branch.
async def f(source):
    async for item in source:
        await item
    else:
        done()
