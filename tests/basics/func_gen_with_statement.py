# yield inside with-statements: the context manager stays entered while
# the generator is suspended, exits on normal completion, on throw() (with
# the exception passed to __exit__, which may suppress it), on close()
# (GeneratorExit), and with several managers in one with; also a context
# manager whose __exit__ itself yields values through a generator.
log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append(f"enter {self.name}")
        return self.name

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress


def gen(suppress=False):
    with CM("a", suppress) as name:
        yield f"inside {name} 1"
        yield f"inside {name} 2"
    yield "after with"


g = gen()
print(next(g), log)
print(next(g), log)
print(next(g), log)
print(list(g), log)

log.clear()
g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated:", e, log)

log.clear()
g = gen(suppress=True)
next(g)
print("suppressed, continues with:", g.throw(ValueError("thrown")), log)

log.clear()
g = gen(suppress=True)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close with suppressing CM:", type(e).__name__, e, log)
print("generator went on to:", g.gi_frame.f_lineno - gen.__code__.co_firstlineno, list(g))


def multi():
    with CM("x") as x, CM("y") as y:
        yield x + y
        with CM("z"):
            yield "deep"


log.clear()
m = multi()
print(next(m), next(m))
m.close()
print(log)


def with_in_loop():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                continue
            yield i


log.clear()
print(list(with_in_loop()), log)


def return_inside_with():
    with CM("ret"):
        yield 1
        return "returned"


log.clear()
r = return_inside_with()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, log)


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")


def failing():
    with FailingExit():
        yield 1


f = failing()
next(f)
try:
    next(f)
except RuntimeError as e:
    print(type(e).__name__, e)
f = failing()
next(f)
try:
    f.close()
except RuntimeError as e:
    print("close:", type(e).__name__, e, "| context:", type(e.__context__).__name__)


def yield_in_cm_generators():
    with open("gen_with.txt", "w") as fh:
        for i in range(3):
            fh.write(f"line {i}\n")
            yield fh.closed
    yield fh.closed


print(list(yield_in_cm_generators()))
with open("gen_with.txt") as fh:
    print(fh.read().splitlines())


def reader():
    with open("gen_with.txt") as fh:
        for line in fh:
            yield line.strip()


rd = reader()
print(next(rd), rd.gi_frame.f_locals["fh"].closed)
rd.close()
print(rd.gi_frame)
