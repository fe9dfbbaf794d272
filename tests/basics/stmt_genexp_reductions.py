# Generator expressions passed to reducers: sum (with start, floats,
# lists), any/all short-circuiting (and what they stop consuming), min/max
# with key/default and on empty input, sorted, set/tuple/dict/str.join
# consumers, a generator being exhausted after one pass, and exceptions
# raised inside the genexp propagating out of the reducer.
seen = []


def track(v):
    seen.append(v)
    return v


print(sum(x * x for x in range(10)), sum((x for x in [0.1] * 10), 0.0), sum(([x] for x in range(3)), []), sum((), 5))
print(any(track(x) > 2 for x in range(10)), seen)
seen.clear()
print(all(track(x) < 3 for x in range(10)), seen)
seen.clear()
print(any(x for x in []), all(x for x in []), any(track(x) for x in [0, "", None]), seen)
seen.clear()
print(max(len(w) for w in ["a", "abc", "ab"]), min((w for w in ["pear", "fig", "apple"]), key=len), max((x for x in []), default="empty"))
print(min((abs(x - 5), x) for x in [1, 4, 7, 9]), max((x for x in range(5)), key=lambda v: -v), max(x % 3 for x in range(10)))
print(sorted((x % 4 for x in range(10)), reverse=True), sorted(set(c for c in "banana")), tuple(x for x in range(3)))
print(dict((k, len(k)) for k in ["one", "three"]), "-".join(str(x) for x in range(5)), list(reversed([x for x in "abc"])))
gen = (x for x in range(3))
print(sum(gen), sum(gen), list(gen))
gen = (x for x in range(10))
print(any(x == 3 for x in gen), next(gen), list(gen))
print(sum(1 for line in "a\nb\n\nc".splitlines() if line), len([1 for _ in range(4)]), sum(True for _ in "xyz"))
data = [("a", 3), ("b", 7), ("c", 5)]
print(max(data, key=lambda p: p[1])[0], sum(v for _, v in data) / len(data), all(v > 2 for _, v in data))
import math
print(math.prod(x for x in range(1, 6)), math.fsum(0.1 for _ in range(10)), sum(0.1 for _ in range(10)))
for label, thunk in (("min empty", lambda: min(x for x in [])), ("max empty", lambda: max(x for x in ())),
                     ("error inside", lambda: sum(1 / x for x in [1, 0, 2])), ("sum strings", lambda: sum(s for s in ["a"])),
                     ("sum str start", lambda: sum((x for x in [1]), "")), ("min mixed", lambda: min(x for x in [1, "a"])),
                     ("any non-iterable", lambda: any(x for x in 5))):
    try:
        print(label, thunk())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e)


def counting(n):
    for i in range(n):
        seen.append(f"yield {i}")
        yield i


seen.clear()
print(next(x for x in counting(100) if x > 2), seen)
seen.clear()
print(sum(x for x in counting(3)), seen)
nested_total = sum(sum(row) for row in [[1, 2], [3], []])
print(nested_total, max(max(row, default=0) for row in [[1, 9], [], [4]]))
