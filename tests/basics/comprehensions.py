# List, set and dict comprehensions and generator expressions: filters,
# nested loops, scoping (the loop variable does not leak), closures over
# comprehension variables, comprehensions in functions and at module level.
squares = [x * x for x in range(10)]
print(squares)
print([x for x in squares if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3))})
print([[row * col for col in range(3)] for row in range(3)])
x = "outer"
print([x for x in range(3)], x)


def in_function(n):
    scale = 10
    return [i * scale for i in range(n) if i != 1]


print(in_function(4))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
words = ["apple", "Banana", "cherry"]
print(sorted({w.lower(): len(w) for w in words}.items()))
print(sum(len(w) for w in words), any(w.startswith("B") for w in words))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(column) for column in zip(*matrix)], [v for row in matrix for v in row if v > 2])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
try:
    [1 / (v - 2) for v in range(4)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
