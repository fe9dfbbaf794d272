# PEP 479 left uncaught: a StopIteration escaping a generator body becomes
# RuntimeError("generator raised StopIteration"); uncaught, the traceback
# shows the original StopIteration, "The above exception was the direct
# cause of the following exception:", then the RuntimeError.
def pairs(items):
    it = iter(items)
    while True:
        first = next(it)
        second = next(it)
        yield first, second


def safe_pairs(items):
    it = iter(items)
    for first in it:
        yield first, next(it, None)


print(list(safe_pairs([1, 2, 3])))
try:
    print(list(pairs([1, 2, 3, 4])))
except RuntimeError as e:
    print(type(e).__name__, e)

result = []
for pair in pairs("abcde"):
    result.append(pair)
    print("pair", pair)
print("not reached", result)
