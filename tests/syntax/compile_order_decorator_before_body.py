# Decorators are compiled before the body.
@register(await plugin)
def f():
    return (yield from g())
