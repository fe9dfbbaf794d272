# while loops: break, continue, else (taken and not taken), nested loops,
# loop variables visible after the loop.
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("i", i)
else:
    print("else not printed")
print("after", i)

n = 0
while n < 3:
    n += 1
else:
    print("else taken, n =", n)

count = 0
outer = 0
while outer < 5:
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
        count += inner
    outer += 1
print("count", count, outer)


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print("collatz", collatz(27), collatz(97))

found = None
k = 2
while k < 50:
    d = 2
    while d * d <= k:
        if k % d == 0:
            break
        d += 1
    else:
        found = k
    k += 1
print("largest prime below 50", found)
while False:
    print("never")
print("end")
