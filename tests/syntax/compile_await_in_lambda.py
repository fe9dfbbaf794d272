# A lambda inside an async function is not itself async.
async def f():
    g = lambda: await h()
