# Conditional expressions (a if cond else b): only the chosen branch is
# evaluated, nesting (right-associative), inside comprehensions, lambdas,
# arguments, f-strings, default values, and combined with or/and/not;
# exceptions only from the evaluated branch.
log = []


def v(x):
    log.append(x)
    return x


for n in (-5, 0, 5, 50):
    sign = "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
    print(n, sign)
print(v("a") if v(True) else v("b"), log)
log.clear()
print(v("a") if v(0) else v("b"), log)
log.clear()
print((1 / 0) if False else "safe", "safe2" if True else (1 / 0))
print([x if x % 2 else -x for x in range(6)], [x for x in range(6) if x % 2 if x > 1])
print(list(map(lambda x: "even" if x % 2 == 0 else "odd", range(4))))
f = lambda a, b: a if a > b else b
print(f(3, 9), f(9, 3), f("x", "y"))
x = 7
print(f"{'odd' if x % 2 else 'even'}", f"{x if x > 10 else -x:>5}")
print(max(1, 2) if x else min(1, 2), (x if x else 0) + 1, x if x else 0 + 1)
print(1 if True else 2 if False else 3, (1 if False else 2) if False else 3)
print("a" if 0 or [] else "b", "c" if not None and 1 else "d", 0 or 1 if 0 else 2)


def default(value=None):
    value = value if value is not None else []
    value.append(1)
    return value


print(default(), default(), default([5]))
result = (yes := "y") if x > 3 else (no := "n")
print(result, yes, "no" in dir())
try:
    print("ok" if {}["missing"] else "never")
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("fine" if x > 100 else undefined_name)
except NameError as e:
    print(type(e).__name__, e)
table = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(table)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
values = [3, None, 0, "", "x"]
print([("none" if v is None else "falsy" if not v else "truthy") for v in values])
