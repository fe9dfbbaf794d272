# The if clause of a comprehension in a regular function.
def f(items):
    return {k: v for k, v in items if await check(k)}
