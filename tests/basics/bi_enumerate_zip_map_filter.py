# enumerate (start values, negative and big starts), zip (shortest wins,
# strict=True and its error messages for each position, laziness), map with
# several iterables and builtin functions, filter with None and with a
# predicate, and the iterator protocol of their results (single pass).
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-5)))
print(list(enumerate([], 3)), list(enumerate("x", 2 ** 70)))
e = enumerate("xyz")
print(next(e), list(e), list(e))
print(type(e).__name__, iter(e) is e)

print(list(zip("abc", [1, 2])), list(zip(range(3), "ab", (True, False, None))), list(zip("a")))
print(dict(zip("ab", "xy")), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(zip("ab", "xy", strict=True)), list(zip(strict=True)))
cases = [
    ("ab", "xyz"),
    ("abc", "xy"),
    ("ab", "xy", "pqr"),
    ("ab", "xyz", "pq"),
    ("abc", "xy", "p"),
]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print("ValueError", err)


consumed = []


def tracked(name, n):
    for i in range(n):
        consumed.append(f"{name}{i}")
        yield i


print(list(zip(tracked("a", 3), tracked("b", 1))), consumed)
consumed.clear()
z = zip(tracked("a", 3), tracked("b", 3), strict=True)
print(next(z), consumed)

print(list(map(str.upper, "ab")), list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(map(int, ["1", "-2", " 3 "])), list(map(len, [[], "ab", {1: 2}])), list(map(abs, range(-2, 2))))
m = map(lambda v: 10 // v, [5, 2, 0, 1])
print(next(m), next(m))
try:
    next(m)
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
print(list(m))
try:
    map(len)
except TypeError as err:
    print("TypeError", err)
try:
    list(map(5, [1]))
except TypeError as err:
    print("TypeError", err)

print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, 2j])))
print(list(filter(str.isdigit, "a1b22c")), list(filter(lambda v: v % 3 == 0, range(10))))
print(list(filter(bool, ())), "".join(filter(str.isalpha, "h3e4l5l6o")))
f = filter(lambda v: v > 1, iter([1, 2, 3]))
print(next(f), list(f), list(f))
try:
    filter(lambda v: v)
except TypeError as err:
    print("TypeError", err)

print(list(zip(enumerate("ab"), map(ord, "ab"))), list(enumerate(zip("ab", "cd"))))
print(any(map(str.isupper, "abC")), all(filter(None, [1, 0, 2])), any([]), all(()))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1, 2]))
checked = []


def check(v):
    checked.append(v)
    return v > 1


print(any(map(check, [0, 1, 2, 3, 4])), checked)
checked.clear()
print(all(map(check, [3, 2, 1, 0])), checked)
