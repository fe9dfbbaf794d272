# An uncaught exception raised inside a lambda used as a sort key: the
# traceback shows the sorted() call line and a frame named <lambda> (the
# builtin sorted itself adds no frame). Before that, lambdas that fail are
# caught and their messages printed.
records = [{"name": "b", "age": 3}, {"name": "a", "age": 1}, {"name": "c"}]

get_age = lambda r: r["age"]
print(sorted(records[:2], key=get_age))
try:
    sorted(records, key=get_age)
except KeyError as e:
    print("caught KeyError", e)

divide = lambda a, b: a / b
try:
    list(map(divide, [1, 2], [1, 0]))
except ZeroDivisionError as e:
    print("caught", e)

nested = lambda x: (lambda y: y.upper())(x)
print(nested("ok"))
try:
    nested(5)
except AttributeError as e:
    print("caught", e)

print(sorted(records, key=lambda r: (r.get("age", 0), r["name"])))
print(sorted(records, key=lambda r: r["age"] * 2 + r["nmae"]))
