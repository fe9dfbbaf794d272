# while loops: else runs when the condition becomes false but not after
# break; continue skips to the condition; while True with break; else
# after zero iterations; nested whiles with break only leaving the inner
# one; return from inside while/else; exceptions inside the loop; the
# condition's side effects counted.
checks = 0


def cond(value):
    global checks
    checks += 1
    return value


i = 0
while cond(i < 3):
    i += 1
else:
    print("else ran, i =", i, "checks =", checks)
checks = 0
i = 0
while cond(i < 10):
    i += 1
    if i == 4:
        break
else:
    print("never")
print("broke at", i, "checks =", checks)
n = 0
while n > 0:
    print("never")
else:
    print("else after zero iterations")
evens = []
k = 0
while k < 10:
    k += 1
    if k % 2:
        continue
    evens.append(k)
else:
    print("else after continue loop", evens)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("while True broke at", count)
outer = 0
pairs = []
while outer < 3:
    inner = 0
    while True:
        if inner > outer:
            break
        pairs.append((outer, inner))
        inner += 1
    else:
        print("never")
    outer += 1
else:
    print("outer else", pairs)


def find(items, target):
    idx = 0
    while idx < len(items):
        if items[idx] == target:
            return f"found at {idx}"
        idx += 1
    else:
        return "not found (else)"


print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(n) for n in range(1, 12)])
x = 10
try:
    while x:
        x -= 3
        if x < 0:
            raise ValueError(f"x went negative: {x}")
    else:
        print("never")
except ValueError as e:
    print(type(e).__name__, e)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[1] if len(stack) > 1 else []
else:
    print("depth", depth)
data = list(range(5))
while data:
    last = data.pop()
    if last == 2:
        continue
    print("popped", last)
else:
    print("emptied")
a, b = 0, 1
fib = []
while (a := b) and len(fib) < 8 if False else len(fib) < 8:
    fib.append(a)
    a, b = b, a + b
print(fib)
