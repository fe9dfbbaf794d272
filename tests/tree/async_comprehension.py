# Async comprehensions are coroutines: `async for` iterates with __aiter__
# and an awaited __anext__ until StopAsyncIteration, and the list
# comprehension's call is awaited; an async generator expression becomes an
# async generator.
async def f(source, other):
    a = [x async for x in source]
    b = [await y for y in other]
    c = (z async for z in source)
    return a, b, c
