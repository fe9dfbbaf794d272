# An uncaught exception raised inside a generator ends the program; the
# traceback runs from the consuming code through a pipeline of generators
# (a for loop, a generator expression, a yield from delegation) down to the
# generator frame that raised it.
def records(lines):
    for number, line in enumerate(lines, 1):
        key, _, value = line.partition("=")
        yield number, key.strip(), value.strip()


def parse_values(source):
    for number, key, value in source:
        yield key, int(value)


def delegate(source):
    yield from parse_values(records(source))


good = ["a = 1", "b = 2"]
print(dict(delegate(good)))
try:
    dict(delegate(["c = 3", "d = four"]))
except ValueError as e:
    print("caught:", e)

data = ["x = 10", "y = 20", "z = thirty", "w = 40"]
total = sum(value for key, value in delegate(data))
print("not reached", total)
