# for loops with else/break/continue: else runs after exhaustion, not
# after break; continue; empty iterables; nested loops with flags vs.
# for/else; loop variable after the loop (and unbound if no iteration);
# iterating dicts, strings, enumerate, zip, reversed, generators; breaking
# out of a generator closes it; modifying a list while iterating a copy.
for i in range(3):
    pass
else:
    print("else after exhaustion, i =", i)
for i in range(10):
    if i == 2:
        break
else:
    print("never")
print("broke at", i)
for _ in []:
    print("never")
else:
    print("else after empty")


def loop_var_unbound():
    for item in []:
        pass
    try:
        return item
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(loop_var_unbound())
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
odds = []
for n in range(10):
    if n % 2 == 0:
        continue
    odds.append(n)
else:
    print("else after continue", odds)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 6:
            found = (r, c)
            break
    else:
        continue
    break
print("found 6 at", found)
for ch in "hi!":
    print(ch, end=" ")
print()
d = {"b": 2, "a": 1}
for key in d:
    print(key, d[key], end="; ")
print()
for k, v in sorted(d.items()):
    print(k, v, end="; ")
print()
for idx, (x, y) in enumerate(zip("abc", [10, 20, 30, 40]), start=1):
    print(idx, x, y, end=" | ")
print()
for v in reversed([1, 2, 3]):
    print(v, end=" ")
print()


def gen():
    try:
        for i in range(100):
            yield i
    finally:
        print("generator closed at", i)


for value in gen():
    if value == 3:
        break
print("after generator loop", value)
items = [1, 2, 3, 4, 5, 6]
for item in items[:]:
    if item % 2 == 0:
        items.remove(item)
print(items)
total = 0
for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    total += a + len(rest)
print(total)
for i in range(3):
    i *= 10
    print(i, end=" ")
print()
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
count = 0
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
    else:
        count += 100
print(count)
obj = type("NS", (), {})()
for obj.attr in range(3):
    pass
lst = [0, 0]
for lst[0] in "xy":
    pass
print(obj.attr, lst)
