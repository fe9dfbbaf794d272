# Generator re-entrancy: calling next(), send(), throw() or close() on a
# generator from inside its own execution raises ValueError("generator
# already executing"); the generator survives if the error is caught
# inside; a generator whose frame calls another generator that resumes
# the first also fails; and a generator can create and drive fresh
# instances of itself (recursion) without re-entrancy.
def self_next():
    yield 1
    try:
        next(me)
    except ValueError as e:
        yield f"next: {type(e).__name__}: {e}"
    try:
        me.send(None)
    except ValueError as e:
        yield f"send: {e}"
    try:
        me.throw(KeyError("k"))
    except ValueError as e:
        yield f"throw: {e}"
    try:
        me.close()
    except ValueError as e:
        yield f"close: {e}"
    yield "survived"


me = self_next()
for value in me:
    print(value)


def uncaught_reentry():
    yield "first"
    next(other)
    yield "not reached"


other = uncaught_reentry()
print(next(other))
try:
    next(other)
except ValueError as e:
    print("propagated:", type(e).__name__, e)
print("finished after error:", list(other))


def ping():
    yield "ping start"
    yield next(pong_gen)


def pong():
    yield "pong start"
    yield next(ping_gen)


ping_gen, pong_gen = ping(), pong()
print(next(ping_gen), next(pong_gen))
try:
    next(ping_gen)
except ValueError as e:
    print("indirect re-entry:", e)


def recursive(n):
    if n:
        yield from recursive(n - 1)
    yield n


print(list(recursive(4)))


def via_genexp():
    yield sum(1 for _ in [me2])
    yield list(x for x in [1] if next(me2, None) is None)


me2 = via_genexp()
print(next(me2))
try:
    next(me2)
except ValueError as e:
    print("through a genexp:", e)


class Iter:
    def __init__(self):
        self.gen = self.run()

    def run(self):
        yield 1
        yield self.gen.gi_running
        yield list(self.gen)

    def __iter__(self):
        return self.gen


it = Iter()
print(next(it.gen), next(it.gen))
try:
    next(it.gen)
except ValueError as e:
    print("list() of itself:", e)


def running_flag():
    yield gen_ref.gi_running


gen_ref = running_flag()
print("gi_running inside:", next(gen_ref), "outside:", gen_ref.gi_running)
