# Coroutines driven by asyncio: async def, await, asyncio.gather, async for
# over an async generator, async with, and exceptions in coroutines.
import asyncio


class AsyncResource:
    async def __aenter__(self):
        print("acquire")
        return self

    async def __aexit__(self, *exc):
        print("release")
        return False


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def fails():
    await asyncio.sleep(0)
    raise ValueError("async failure")


async def main():
    print(await square(7))
    print(await asyncio.gather(square(1), square(2), square(3)))
    async with AsyncResource() as resource:
        print("using", type(resource).__name__)
    collected = []
    async for value in ticker(4):
        collected.append(value)
    print(collected)
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
    return "main done"


print(asyncio.run(main()))
