# Control flow directly at module level (the module body, not a function):
# loops with break/continue/else inside try/except/finally, exceptions caught
# at module level, names bound in loops and handlers.
results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            raise ValueError(i)
        if i == 5:
            break
        results.append(i)
    except ValueError as e:
        results.append(f"caught {e}")
    finally:
        results.append("f")
else:
    results.append("no else")
print(results)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    try:
        if n == 5:
            break
    finally:
        results.append(n)
print(n, results[-3:])
try:
    1 / 0
except ZeroDivisionError:
    handled = True
else:
    handled = False
print("handled", handled)
total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * 10 + b
print("total", total)
if total > 50:
    size = "big"
elif total > 10:
    size = "medium"
else:
    size = "small"
print(size)
