# An uncaught exception raised inside a generator that is consumed by a
# builtin (sum) through a second generator: the traceback shows the module
# line, then both generator frames (the builtin adds no frame).
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise IndexError(f"no number {i}")
        yield i


def doubled(source):
    for value in source:
        yield value * 2


print(list(doubled(numbers(3))))
gen = doubled(numbers(5))
print(next(gen), next(gen))
try:
    list(gen)
except IndexError as e:
    print("caught", e)
print(list(gen), "(exhausted after the error)")
print("sum:", sum(doubled(numbers(10))))
