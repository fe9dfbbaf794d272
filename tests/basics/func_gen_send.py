# generator.send(): priming with next()/send(None), the value of the yield
# expression, sending into a just-started generator (TypeError for a
# non-None value), sending after exhaustion (StopIteration), the return
# value surfacing from send, and coroutine-style accumulators.
def echo():
    received = "nothing yet"
    while True:
        received = yield f"echo: {received}"
        if received == "stop":
            return "stopped by request"


e = echo()
print(e.send(None))
print(e.send("hello"), e.send(42), next(e), e.send([1, 2]))
try:
    e.send("stop")
except StopIteration as stop:
    print("StopIteration value:", stop.value)
try:
    e.send("again")
except StopIteration as stop:
    print("after exhaustion:", type(stop).__name__, stop.value)

fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)
print("still startable:", fresh.send(None))

ge = (x for x in range(3))
try:
    ge.send(1)
except TypeError as err:
    print("genexp:", type(err).__name__, err)
print(ge.send(None), next(ge))
print("genexp send value ignored:", ge.send("ignored"))


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return total, count


avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as stop:
    print("final:", stop.value)


def order_of_events():
    print("  before first yield")
    got = yield "first"
    print("  got", got)
    got = yield "second"
    print("  got", got)


o = order_of_events()
print("send(None) ->", o.send(None))
print("send('A') ->", o.send("A"))
try:
    o.send("B")
except StopIteration:
    print("finished after B")


def yields_in_expression():
    result = (yield 1) + (yield 2)
    yield result


y = yields_in_expression()
print(next(y), y.send(10), y.send(5))


def send_in_loop():
    total = 0
    while total < 20:
        total += (yield total) or 1


s = send_in_loop()
trace = [next(s)]
try:
    for value in [5, None, 7, 8]:
        trace.append(s.send(value))
except StopIteration:
    trace.append("done")
print(trace)
