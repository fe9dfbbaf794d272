# An exception thrown into a generator with throw() that the generator does
# not handle ends the program: first a handled throw, then a throw whose
# exception escapes through the generator's frame (shown in the traceback
# at the yield it was suspended at).
def worker():
    while True:
        try:
            task = yield "ready"
            print("working on", task)
        except LookupError as e:
            print("recovered from", repr(e))


w = worker()
print(next(w))
print(w.send("task-1"))
print(w.throw(KeyError("missing")))


def driver(gen):
    gen.send("task-2")
    return gen.throw(ValueError("fatal problem"))


driver(w)
