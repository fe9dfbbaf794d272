# generator.throw(): an exception caught inside the generator (which then
# yields again or returns), not caught (propagating to the caller with the
# generator finished), thrown as a class, an instance, or class plus value,
# into a just-started and an exhausted generator, and the traceback of a
# thrown exception including the generator's frame.
import traceback


def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"handled ValueError({e})"
        except KeyError:
            return "returned after KeyError"


r = resilient()
print(next(r))
print(r.throw(ValueError("bad")))
print(next(r))
print(r.throw(ValueError))
print(next(r))
try:
    r.throw(KeyError("k"))
except StopIteration as stop:
    print("StopIteration value:", stop.value)


def fragile():
    yield 1
    yield 2


f = fragile()
next(f)
try:
    f.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated:", type(e).__name__, e)
print("after propagation:", list(f))

unstarted = fragile()
try:
    unstarted.throw(RuntimeError("into unstarted"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(unstarted))
done = fragile()
list(done)
try:
    done.throw(TypeError("into exhausted"))
except TypeError as e:
    print("exhausted:", e)


def catches_type():
    try:
        yield 1
    except Exception as e:
        yield f"{type(e).__name__}: {e}"


for thrown in [(ValueError,), (ValueError("instance"),), (LookupError, None)]:
    g = catches_type()
    next(g)
    print(g.throw(*thrown))
try:
    g = catches_type()
    next(g)
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    g = catches_type()
    next(g)
    g.throw(42)
except TypeError as e:
    print(type(e).__name__, e)


def reraises():
    try:
        yield
    except ArithmeticError as e:
        raise ValueError("converted") from e


g = reraises()
next(g)
try:
    g.throw(ZeroDivisionError("original"))
except ValueError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    frames = [frame.name for frame in traceback.extract_tb(e.__traceback__)]
    print("frames:", frames)


def finally_runs():
    try:
        yield "in try"
    finally:
        print("  finally during throw")


g = finally_runs()
next(g)
try:
    g.throw(OSError(5, "io problem"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)


def throw_generator_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit via throw")
        yield "yielded after GeneratorExit"


g = throw_generator_exit()
next(g)
print(g.throw(GeneratorExit))
tb_gen = fragile()
next(tb_gen)
try:
    tb_gen.throw(ValueError("with traceback"))
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), [l.strip().splitlines()[0].split(", ")[-1] for l in lines[1:-1]])
