# while/for loops with break, continue and else; nested conditionals.
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print("no break")
print(total)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while else")
for c in "hey":
    for d in [1, 2]:
        if d == 2:
            break
        print(c, d)
k = 3
while True:
    k -= 1
    if not k:
        break
print("k", k)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
if k == 0:
    print("zero")
elif k == 1:
    print("one")
else:
    print("other")
