# An uncaught exception raised inside a generator driven by a for loop in
# another generator: the traceback shows the consumer's frame, the for
# statement resuming the generator, and the generator frames.
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

total = 0
for item in doubled(numbers(10)):
    total += item
    print("running total", total)
