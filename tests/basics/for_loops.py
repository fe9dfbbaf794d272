# for loops over ranges, lists, strings, dicts, tuples; break, continue,
# else; enumerate, zip, reversed; nested loops; the loop variable after.
for i in range(3):
    print("range", i)
for i in range(10, 0, -3):
    print("down", i)
for ch in "hey":
    print("char", ch)
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print("key", key, d[key])
for key, value in d.items():
    print("item", key, value)
for index, word in enumerate(["a", "b", "c"], start=1):
    print(index, word)
for left, right in zip([1, 2, 3], "xyz"):
    print(left, right)
for v in reversed([1, 2, 3]):
    print("rev", v)
for n in range(2, 20):
    for m in range(2, n):
        if n % m == 0:
            break
    else:
        print(n, "is prime")
total = 0
for n in range(100):
    if n % 7:
        continue
    total += n
print("multiples of 7", total)
for x in []:
    print("never")
else:
    print("empty loop else")
for x in range(5):
    pass
print("x after loop", x)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
matrix = [[1, 2], [3, 4], [5, 6]]
flat = []
for row in matrix:
    for item in row:
        if item == 4:
            continue
        flat.append(item)
print(flat)
items = [1, 2, 3]
for item in items:
    if item < 3:
        items.append(item * 10)
print(items)
