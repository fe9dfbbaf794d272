# An uncaught exception from deep inside nested comprehensions and a
# generator expression: the traceback has frames for <module>, <dictcomp>,
# <listcomp> and <genexpr>, each with its own line and carets.
def weight(item):
    return 10 // item


data = {"a": [1, 2], "b": [5, 0, 3]}
safe = {k: [weight(x) for x in v if x] for k, v in data.items()}
print(safe)
print(sum(weight(x) for x in [1, 2, 5]))
print({x: [y for y in range(x)] for x in range(3)})
try:
    [weight(x) for x in data["b"]]
except ZeroDivisionError as e:
    print("caught", e)

result = {
    key: [
        sum(weight(x) for x in row)
        for row in (values, values[::-1])
    ]
    for key, values in data.items()
}
print(result)
