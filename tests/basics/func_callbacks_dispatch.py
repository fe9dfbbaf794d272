# Functions as values: dispatch tables in dicts, callbacks registered and
# fired in order, functions stored in lists/tuples/sets, passed to and
# returned from other functions, bound methods as callbacks, and
# equality/hashing of functions and bound methods.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


table = {"+": add, "-": sub, "*": mul, "max": max, "pow": pow}
program = [("+", 2, 3), ("*", 4, 5), ("-", 1, 10), ("max", 7, 3), ("pow", 2, 10)]
print([table[op](x, y) for op, x, y in program])
try:
    table["/"](1, 2)
except KeyError as e:
    print(type(e).__name__, e)
print(table.get("/", lambda a, b: "unknown op")(1, 2))


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, *args):
        return [handler(*args) for handler in self.handlers.get(event, [])]


bus = EventBus()


@bus.on("greet")
def english(name):
    return "hello " + name


@bus.on("greet")
def french(name):
    return "bonjour " + name


class Recorder:
    def __init__(self):
        self.seen = []

    def record(self, name):
        self.seen.append(name)
        return len(self.seen)


rec = Recorder()
bus.on("greet")(rec.record)
print(bus.emit("greet", "ann"), bus.emit("greet", "bob"), bus.emit("missing"))
print(rec.seen)

funcs = {add, sub, add}
print(len(funcs), add in funcs, mul in funcs)
print(add == add, add == sub, rec.record == rec.record, rec.record is rec.record)
print(Recorder().record == rec.record, hash(rec.record) == hash(rec.record))
print(sorted([mul, add, sub], key=lambda f: f.__name__)[0].__name__)


def make_pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run


pipe = make_pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), len)
print(pipe("  Hello World  "))


def call_n_times(fn, n, *args):
    return [fn(*args) for _ in range(n)]


print(call_n_times(rec.record, 3, "x"), rec.seen)
state_machine = {
    "idle": lambda ev: "running" if ev == "start" else "idle",
    "running": lambda ev: {"pause": "paused", "stop": "idle"}.get(ev, "running"),
    "paused": lambda ev: "running" if ev == "resume" else "paused",
}
state = "idle"
history = [state]
for ev in ["start", "pause", "noop", "resume", "stop", "stop"]:
    state = state_machine[state](ev)
    history.append(state)
print(history)


def visitor(node, handlers, depth=0):
    kind = type(node).__name__
    handler = handlers.get(kind, handlers["default"])
    return handler(node, lambda child: visitor(child, handlers, depth + 1))


handlers = {
    "list": lambda n, visit: "[" + ",".join(visit(c) for c in n) + "]",
    "int": lambda n, visit: str(n * 10),
    "default": lambda n, visit: "?",
}
print(visitor([1, [2, "x", [3]], None], handlers))
callbacks = []
for i in range(3):
    callbacks.append(lambda i=i: i * i)
print([cb() for cb in callbacks], list(map(lambda f: f(), callbacks)))
