# zip(strict=True) on inputs of different lengths: the pairs produced before
# the mismatch is detected are still delivered, errors name the argument
# positions; the program ends with an uncaught ValueError raised while
# list() consumes a strict zip inside a function.
def pair_up(keys, values):
    return list(zip(keys, values, strict=True))


print(pair_up("abc", [1, 2, 3]))
partial = []
try:
    for item in zip("abc", [1, 2], strict=True):
        partial.append(item)
except ValueError as e:
    print("delivered before the error:", partial, "|", e)
try:
    dict(zip(["x"], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(zip("ab", [1, 2, 3])), "without strict the extra value is ignored")
names = ["ann", "bob", "cid"]
scores = [90, 85]
print(pair_up(names, scores))
