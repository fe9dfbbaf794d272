# Errors raised by the runtime for common operations (int('x'), [][1],
# {}[k], None.attr, 1/0, calls with wrong arguments, unpacking), each caught
# and shown with the last three lines of traceback.format_exc(): the source
# line, the 3.11 caret line (~ for operands, ^ for the operator or
# subscript) and the message. Ends with an uncaught attribute error on None.
import traceback


def tail():
    lines = traceback.format_exc().splitlines()
    return "\n".join(lines[-3:])


def parse(text):
    return int(text) + 1


data = {"present": [1, 2, 3]}
config = None
zero = 0


def f(a, b):
    return a + b


attempts = [
    lambda: parse("x"),
    lambda: [][1],
    lambda: data["present"][10],
    lambda: data["absent"],
    lambda: config.value,
    lambda: 1 / zero,
    lambda: data["present"][0] / zero + 5,
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: "text" + data["present"][0],
    lambda: -"neg",
    lambda: data["present"]["key"],
    lambda: len(config),
    lambda: config(),
    lambda: data.present,
]
for attempt in attempts:
    try:
        attempt()
    except Exception:
        print(tail())
        print("-")


def unpack():
    a, b = [1, 2, 3]


for fn in (unpack,):
    try:
        fn()
    except ValueError:
        print(tail())

result = {"config": config}
print(result["config"].setting)
