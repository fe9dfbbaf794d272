# What a yield keeps: a pending return value in a finally block, with
# statements and loop iterators across yields, nested finally blocks on
# close() and throw(), yields inside an expression, yield in a loop with a
# handler.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0])
        return False

def g():
    try:
        return "ret"
    finally:
        x = yield "in finally"
        print("sent", x)

it = g()
print(next(it))
try:
    it.send("S")
except StopIteration as e:
    print("value", e.value)

def g2(items):
    with Res("a") as r:
        for i in items:
            with Res("b"):
                v = yield i, r.name
                print("got", v)
    yield "after"
    for k, w in [(1, 2), (3, 4)]:
        yield k + w
    return [z for z in (yield "list")]

it = g2([1, 2])
print(next(it))
print(it.send("x"))
print(it.send("y"))
print(next(it))
print(next(it))
print(next(it))
try:
    it.send([7, 8])
except StopIteration as e:
    print("value", e.value)

def g3():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print("inner fin", i)
    finally:
        print("outer fin")

it = g3()
print(next(it), next(it))
it.close()
it = g3()
print(next(it))
try:
    it.throw(KeyError("thrown"))
except KeyError as e:
    print("caught", e)

def g4(d):
    for k in sorted(d):
        a, b = d[k]
        yield a, (yield b)

print(list(g4({"x": (1, 2), "y": (3, 4)})))
def g5():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError:
            v = 100
        if v is None:
            return total
        total += v
it = g5(); next(it); it.send(3); print(it.throw(ValueError)); 
try:
    next(it)
except StopIteration as e:
    print("g5", e.value)
print(dict((k, v) for k, v in zip("abc", range(3))))
print(sum(x * y for x in range(10) for y in range(x) if (x + y) % 3))
gc.collect()
