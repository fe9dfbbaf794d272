# Enum-free state machines built from builtins only: a tokenizer driven by
# a dict of (state, character class) -> (next state, action) transitions,
# a vending machine whose states are strings and whose transitions are
# methods looked up with getattr, and a generator-based protocol parser;
# invalid transitions raise custom errors that are caught and reported.
class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(state, event)
        self.state = state
        self.event = event

    def __str__(self):
        return f"no transition from {self.state!r} on {self.event!r}"


def char_class(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha() or ch == "_":
        return "alpha"
    if ch.isspace():
        return "space"
    if ch in "+-*/()=":
        return "op"
    return "other"


TRANSITIONS = {
    ("start", "digit"): ("number", "begin"),
    ("start", "alpha"): ("name", "begin"),
    ("start", "space"): ("start", "skip"),
    ("start", "op"): ("start", "emit_op"),
    ("number", "digit"): ("number", "extend"),
    ("number", "space"): ("start", "finish"),
    ("number", "op"): ("start", "finish_then_op"),
    ("name", "alpha"): ("name", "extend"),
    ("name", "digit"): ("name", "extend"),
    ("name", "space"): ("start", "finish"),
    ("name", "op"): ("start", "finish_then_op"),
}


def tokenize(text):
    state, current, tokens = "start", "", []
    for position, ch in enumerate(text + " "):
        key = (state, char_class(ch))
        if key not in TRANSITIONS:
            raise TransitionError(state, ch) from ValueError(f"position {position}")
        next_state, action = TRANSITIONS[key]
        if action == "begin":
            current = ch
        elif action == "extend":
            current += ch
        elif action in ("finish", "finish_then_op"):
            tokens.append((state, int(current) if state == "number" else current))
            current = ""
            if action == "finish_then_op":
                tokens.append(("op", ch))
        elif action == "emit_op":
            tokens.append(("op", ch))
        state = next_state
    return tokens


for source in ["x1 = 42 + y*(3-17)", "count=count+1", "12ab", "a $ b", ""]:
    try:
        print(repr(source), "->", tokenize(source))
    except TransitionError as e:
        print(repr(source), "-> error:", e, "| cause:", e.__cause__, "| args:", e.args)


class VendingMachine:
    def __init__(self, price):
        self.state = "idle"
        self.price = price
        self.credit = 0
        self.log = []

    def handle(self, event, *args):
        method = getattr(self, f"on_{self.state}_{event}", None)
        if method is None:
            raise TransitionError(self.state, event)
        new_state = method(*args)
        self.log.append(f"{self.state}->{new_state}")
        self.state = new_state

    def on_idle_coin(self, amount):
        self.credit += amount
        return "paid" if self.credit >= self.price else "collecting"

    on_collecting_coin = on_idle_coin

    def on_collecting_refund(self):
        self.credit = 0
        return "idle"

    def on_paid_select(self, item):
        self.log.append(f"vend {item}, change {self.credit - self.price}")
        self.credit = 0
        return "idle"


machine = VendingMachine(75)
events = [("coin", 25), ("coin", 25), ("select", "tea"), ("refund",), ("coin", 100), ("coin", 5),
          ("select", "coffee"), ("select", "again")]
for event, *args in events:
    try:
        machine.handle(event, *args)
    except TransitionError as e:
        machine.log.append(f"rejected: {e}")
print(machine.state, machine.credit)
print("\n".join(machine.log))


def protocol():
    received = []
    state = "header"
    while True:
        line = yield state
        if line is None:
            break
        if state == "header":
            if line == "":
                state = "body"
            elif ":" not in line:
                raise TransitionError(state, line)
            else:
                received.append(tuple(part.strip() for part in line.split(":", 1)))
        elif state == "body":
            if line == ".":
                state = "done"
            else:
                received.append(("body", line))
        else:
            raise TransitionError(state, line)
    return received


def run(lines):
    parser = protocol()
    states = [next(parser)]
    try:
        for line in lines:
            states.append(parser.send(line))
        parser.send(None)
    except StopIteration as stop:
        return states, stop.value
    except TransitionError as e:
        return states, f"failed: {e}"
    return states, "unfinished"


print(run(["Host: example", "Type: text", "", "hello", "world", "."]))
print(run(["Host: example", "broken header"]))
print(run(["A: 1", "", "body", ".", "extra"]))
