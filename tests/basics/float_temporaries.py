# Chained arithmetic whose left operand is the result of another operation:
# a float result that nothing else holds may carry the next result, which
# must never show, whatever else holds, replaces or inspects the values.


class Float(float):
    def __add__(self, other):
        return "Float.__add__"


class Noisy:
    def __init__(self, name):
        self.name = name

    def __mul__(self, other):
        return Noisy(self.name + "*")

    def __add__(self, other):
        return "sum of " + self.name

    def __del__(self):
        print("del", self.name)


def chains(x, y, z):
    print(x * y + z, x * y - z, x * y * z, x * y / z)
    print(2.0 * x * y + z, (x + y) * (y + z), x - y - z - x)
    # Mixed with small ints on either side of the temporary.
    print(x * 1.0 + 3, (x * 2.0) - 7, (x / 4.0) * 5, (x + 0.5) / 2)


def kept_values(x):
    # The walrus keeps the intermediate: it must not change afterwards.
    total = (t := x * 2.0) + 1.0
    print(t, total, t is not total)
    # A value held by a variable is no temporary.
    a = x * 3.0
    b = a + 1.0
    print(a, b)
    # A list holds the intermediate.
    held = [x + 1.0]
    result = held[0] * 10.0
    print(held, result)
    # Nested: the inner results each feed the next operation.
    print(((((x + 1.0) + 2.0) + 3.0) + 4.0))


def errors(x):
    try:
        print((x * 1.0) / 0.0)
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
    try:
        print((x * 1.0) / 0)
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
    try:
        print((x * 1.0) + "text")
    except TypeError as error:
        print("TypeError:", error)
    try:
        print((x * 1.0) - None)
    except TypeError as error:
        print("TypeError:", error)


def special_values():
    inf = float("inf")
    nan = float("nan")
    print((inf * 1.0) - inf, (inf * 2.0) * 0.0, (nan + 1.0) + 1.0)
    print((-0.0 * 1.0) + 0.0, (0.0 * -1.0) * 1.0, (1e308 * 10.0) / 10.0)
    print((1.5 * 2.0) + 2**40, (1.5 * 2.0) * 2**100, (1.5 * 2.0) + True)


def other_types(x):
    # The left temporary is not an exact float: the plain operations.
    print(Float(x) + 1.0, (Float(x) * 1.0) + 1.0)
    print([x] * 2 + [3.0], (str(x) + "a") + "b", (x,) + (1.0,) * 2)
    print((2 * 3) + 4, (2**70 * 2) - 1, (10 // 3) / 2)
    print((Noisy("n") * 2) + 1)
    print("after Noisy")


def identity(x):
    # Each operation gives a value of its own, however it was computed.
    values = [x * 2.0 + 1.0 for _ in range(3)]
    print(values, len({id(v) for v in values}))
    first = x * 2.0 + 1.0
    second = x * 2.0 + 1.0
    print(first == second, first is second)


chains(1.5, 2.25, -0.5)
chains(3, 0.25, 7.0)
kept_values(1.25)
errors(2.5)
special_values()
other_types(1.5)
identity(0.75)
