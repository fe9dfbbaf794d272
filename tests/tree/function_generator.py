# A generator function returns a generator object that runs the body.
def countdown(n):
    while n > 0:
        received = yield n
        n -= 1
    return "done"


async def fetch(session):
    return await session


async def agen():
    yield 1
