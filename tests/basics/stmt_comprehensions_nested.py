# Comprehensions of every kind (list, set, dict, generator) with multiple
# for clauses, several if clauses, nested comprehensions (matrix
# transpose/flatten), tuple unpacking targets, dependence of inner
# iterables on outer variables, evaluation order of clauses, laziness of
# generator expressions vs. eagerness of the first iterable.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row], [[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)], [x for x in range(30) if x % 2 if x % 3 if x > 5])
print({x % 5 for x in range(20)}, {k: v for k, v in zip("abc", range(3))}, {v: k for k, v in {"a": 1, "b": 1}.items()})
print(sorted({w[0] for w in ["apple", "avocado", "banana"]}), {n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
print([[c * r for c in range(1, 4)] for r in range(1, 4)], [y for x in [[1, [2]], [3, [4]]] for y in x[1]])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print([f"{k}={v}" for k, v in sorted({"z": 1, "a": 2}.items())], [a + b for a, b in [(1, 2), (3, 4)]])
print([x for (x, y), z in [((1, 2), 3), ((4, 5), 6)] if z > 3], [first for first, *rest in ["ab", "cd"]])
order = []


def src(name, items):
    order.append(f"iter {name}")
    return items


def cond(name, value):
    order.append(f"test {name}")
    return value


result = [(x, y) for x in src("outer", [1, 2]) if cond(f"x{x}", x > 0) for y in src(f"inner{x}", [10, 20]) if cond(f"y{y}", y < 20)]
print(result)
print(order)
order.clear()
gen = (x * 2 for x in src("genexp", [1, 2, 3]))
print("created, order:", order)
print(next(gen), order, list(gen))
order.clear()
gen2 = (y for x in src("eager", [1]) for y in src("lazy", [5]))
print("created, order:", order)
print(list(gen2), order)
try:
    gen3 = (x for x in 5)
except TypeError as e:
    print("eager first iterable error:", type(e).__name__, e)
gen4 = (x for x in [1] for y in 5)
try:
    list(gen4)
except TypeError as e:
    print("lazy inner iterable error:", type(e).__name__, e)
print(sum(x for x in range(10) if x % 2), list(x for x in "ab"), tuple(c.upper() for c in "xy"), dict((i, i * i) for i in range(3)))
words = ["hello", "world", "python"]
print({w: {c: w.count(c) for c in sorted(set(w)) if w.count(c) > 1} for w in words})
print([[x for x in row if x % 2] for row in matrix], [sum(row) for row in matrix if sum(row) > 6])
print([i if i % 3 else "fizz" for i in range(1, 7)], [None for _ in range(2)], [[] for _ in range(2)][0] is not [[]][0])
flat = [cell for row in [[1, 2], [], [3]] for cell in row]
print(flat, [pair for pair in zip(flat, flat[1:])], {i: c for i, c in enumerate("abc") if i != 1})
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid, [row[:] for row in grid] == grid)
