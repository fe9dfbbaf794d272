# The inner async comprehension makes the outer one asynchronous too.
def f():
    return [[a async for a in row] for row in rows]
