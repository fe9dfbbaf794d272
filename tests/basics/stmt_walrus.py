# Assignment expressions (:=): in if/while conditions, comprehension
# conditions and values (binding in the enclosing function scope), inside
# function calls and f-strings, nested comprehensions, at module level and
# in functions with global/nonlocal interplay; evaluation order.
import re
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print("long list", n)
if (m := re.match(r"(\d+)-(\d+)", "10-20")) is not None:
    print(m.group(1), m.group(2))
chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)
print("after loop chunk=", repr(chunk))
big = [y for x in data if (y := x * 2) > 10]
print(big, "y leaked:", y)
total = 0
running = [total := total + x for x in data]
print(running, total)
print([last := i for i in range(4)], last)


def func():
    found = [w for w in ("alpha", "beta", "gamma") if (first := w[0]) in "bg"]
    return found, first


print(func())


def counter():
    count = 0

    def bump():
        nonlocal count
        return [count := count + 1 for _ in range(3)]
    result = bump()
    return result, count


print(counter())
print(f"{(w := 10) * 2} {w}")
print((a := 1) + (b := a + 1) + (c := b * 3), a, b, c)
print(list(map(lambda v: (sq := v * v) + sq, range(4))))
matrix = [[(prod := i * j) for j in range(3)] for i in range(3)]
print(matrix, prod)


def first_negative(values):
    if any((bad := v) < 0 for v in values):
        return bad
    return None


print(first_negative([3, 2, -1, -4]), first_negative([1]))
lines = ["a=1", "bad", "c=3"]
parsed = {k: v for line in lines if (parts := line.split("=")) and len(parts) == 2 for k, v in [parts]}
print(parsed, parts)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print("stop at", top, stack)
pos = 0
text = "x,y,,z"
fields = []
while (comma := text.find(",", pos)) != -1:
    fields.append(text[pos:comma])
    pos = comma + 1
fields.append(text[pos:])
print(fields)

print("z" in globals(), sorted(k for k in ("n", "m", "chunk", "y", "total", "last", "w", "a", "prod", "parts", "top", "comma") if k in globals()))
for bad in ("[i := 0 for i in range(2)]", "class K: v = [(z := 5) for _ in range(1)]", "x := 1", "def f(): [(q := 1) for q in ()]"):
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
