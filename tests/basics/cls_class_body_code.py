# Code executed in class bodies: prints and loops at definition time,
# loop variables leaking into the class namespace, conditional method
# definitions, class-level comprehensions unable to see class variables
# (NameError) except in the outermost iterable, class body scope vs.
# module globals, locals() in a class body, del in a class body. Ends with
# an uncaught NameError raised in a class body comprehension.
VALUE = "module value"


class Config:
    print("class body runs at definition time")
    DEBUG = True
    LEVELS = ["low", "mid", "high"]
    for i, level in enumerate(LEVELS):
        locals()["LEVEL_" + level.upper()] = i
    del i, level

    if DEBUG:
        def mode(self):
            return "debug mode"
    else:
        def mode(self):
            return "release mode"

    squares = [n * n for n in range(4)]
    first_iter = [lvl.upper() for lvl in LEVELS]
    seen = VALUE
    VALUE = "class value"
    after = VALUE
    names = sorted(k for k in locals() if not k.startswith("__"))

    try:
        broken = [x for x in range(2) if DEBUG]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"

    def uses_class_var(self):
        try:
            return DEBUG
        except NameError as e:
            return f"{type(e).__name__}: {e}"


print(Config().mode(), Config.squares, Config.first_iter)
print(Config.seen, Config.after, VALUE)
print(Config.LEVEL_LOW, Config.LEVEL_HIGH, hasattr(Config, "i"))
print(Config.names)
print(Config.error)
print(Config().uses_class_var())


class Counter:
    total = 0
    for step in range(5):
        total += step
    doubled = total * 2
    gen = (total for _ in range(2))
    lam = lambda: total


print(Counter.total, Counter.step, Counter.doubled)
try:
    list(Counter.gen)
    print("generator over outermost iterable only")
except NameError as e:
    print(type(e).__name__, e)
try:
    Counter.lam()
except NameError as e:
    print(type(e).__name__, e)


def make():
    local = "function local"

    class Inner:
        # `local` is assigned below, so here it is a class-body name looked
        # up in the class namespace and then globals, not the closure
        try:
            seen = local
        except NameError as e:
            seen = f"{type(e).__name__}: {e}"
        comp = [local for _ in range(1)]
        local = "shadowed in class"
        after = local

        def method(self):
            return local

    return Inner


Inner = make()
print(Inner.seen, Inner.comp, Inner.after, Inner().method())


class Returns:
    x = 1
    result = x + 1
    del x


print(Returns.result, hasattr(Returns, "x"))
try:
    class DelMissing:
        del nothing_here
except NameError as e:
    print(type(e).__name__, e)


class Tables:
    BASE = 10
    table = {k: k * 2 for k in range(3)}
    pairs = [(a, b) for a in range(2) for b in range(BASE, BASE + 2) if a < b]
