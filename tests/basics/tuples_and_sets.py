# Tuples and sets: packing, indexing, count/index, comparison, hashing as
# dict keys; set algebra, membership, add/discard/remove, frozenset.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t + (5,), t * 2, (1,) * 3)
print((1, 2, 3).count(2), (1, 2, 3).index(3), (1, 2) < (1, 3), (2,) > (1, 9))
single = 4,
print(single, type(single).__name__, tuple([1, 2]), tuple("ab"), ())
a, b, c = (7, 8, 9)
print(a * b * c)
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s)
s.add(10)
s.discard(1)
s.discard(42)
s.remove(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
x = {1, 2, 3, 4}
y = {3, 4, 5}
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y))
print(x <= {1, 2, 3, 4, 5}, x < x, {1} < x, x.isdisjoint({9}), x.issuperset({1}))
f = frozenset([1, 2, 2])
print(sorted(f), f == {1, 2}, {f: "frozen key"}[frozenset({2, 1})])
empty = set()
print(empty, len(empty), set("aab") == {"a", "b"})
u = set()
for word in "one two three two one".split():
    u.add(word)
print(sorted(u))
pairs = {(1, 2), (2, 1), (1, 2)}
print(sorted(pairs))
print(tuple(sorted({5, 3, 9})), max((1, 5, 2)), min(("b", "a")))
print(hash((1, 2)) == hash((1, 2)), (1, [2])[1], ((1, 2), (3, 4))[1][0])
