# set and frozenset: operators and the named methods (which accept any
# iterable while operators need sets), in-place updates, subset/superset
# comparisons, add/discard/remove/pop errors, frozenset hashing and use as
# dict keys / set members, mixing set and frozenset (result type follows
# the left operand), and equality between them. Output sorted where order
# would otherwise depend on hashing.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union([9], "x"), key=str), sorted(a.intersection(range(3), [1, 2, 7])), sorted(a.difference([1], (2,))),
      sorted(a.symmetric_difference([4, 10])))
try:
    a | [5]
except TypeError as e:
    print("TypeError", e)
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]),
      a.isdisjoint([7, 8]), a.isdisjoint(b), set() < a, set() <= set())
print({1, 2} == frozenset([1, 2]), {1} != {1.0}, {0} == {False}, set() == frozenset())

c = {1, 2, 3}
c |= {10}
c &= {1, 2, 10, 99}
c -= {2}
c ^= {5, 1}
print(sorted(c))
c.update([20], (30,), "s")
c.intersection_update([10, 20, 30, "s", 40])
c.difference_update({30})
c.symmetric_difference_update([20, 50])
print(sorted(c, key=str))

s = set()
s.add(1)
s.add(1)
s.add((1, 2))
s.discard(99)
s.discard(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)

fs = frozenset([3, 1, 2])
print(sorted(fs), type(fs | {9}).__name__, type({9} | fs).__name__, type(fs.union([1])).__name__,
      type(fs.copy()).__name__, fs.copy() is fs)
print(hash(fs) == hash(frozenset([1, 2, 3])), {fs: "value"}[frozenset({1, 2, 3})], frozenset() in {frozenset()})
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested), frozenset({1}) in nested)
print({1, 2} in [{2, 1}], set([1, 2]) in {frozenset([1, 2])})
for bad in (lambda: fs.add(1), lambda: hash({1}), lambda: {{1}}):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

copy = a.copy()
copy.add(100)
print(100 in a, 100 in copy, len(copy))
copy.clear()
print(copy, len(copy), bool(copy))

words = "the quick brown the lazy the end quick".split()
print(len(set(words)), sorted(set(words)), sorted(set(words), key=words.index))
print(sorted({x % 5 for x in range(20)}), {n for n in "aaa"}, sorted({(i, j) for i in range(2) for j in range(2)}))
print(sorted({1, 2}.union()), set().union(), frozenset().intersection([1]), {1, 2}.intersection())
print(set("abc") - set("b") == {"a", "c"}, set(range(5)) > set(range(3)), max({4, 8, 1}), sum({1, 2, 3}))
print(set([1, 1.0, True]), {1.5, 2.5} & {2.5}, sorted({-1, -2} | {0}))
