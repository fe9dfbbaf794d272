# range objects: construction and errors, len (also of empty and
# negative-step ranges), indexing and negative indexing, slicing (which
# gives a new range), index/count, containment for ints, bools, floats and
# other types, equality between ranges with the same elements, repr,
# reversed, and big bounds.
ranges = [range(5), range(2, 9), range(10, 0, -3), range(0), range(5, 2), range(-5, 5, 4),
          range(0, -10, -1), range(1, 2, 10)]
for r in ranges:
    print(repr(r), len(r), list(r), r.start, r.stop, r.step, bool(r))

r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[:-10], r[5:1:-2])
print(list(r[::-1]), list(r[1:4]), r[::-1][0], r[::3][-1])
try:
    r[7]
except IndexError as e:
    print("IndexError", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError", e)
print(r.index(11), r.count(11), r.count(12), 7 in r, 8 in r, 31 in r, -1 in r)
try:
    r.index(12)
except ValueError as e:
    print("ValueError", e)
print(True in range(2), 1.0 in range(2), 1.5 in range(3), "1" in range(3), None in range(3))
print(range(0) == range(5, 5), range(0, 3) == range(0, 4, 1)[:3], range(1, 10, 3) == range(1, 11, 3),
      range(2) == [0, 1], range(3) != range(3))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 10, 3)) == hash(range(1, 8, 3)))
print(list(reversed(range(1, 10, 4))), sum(range(0, 100, 7)), max(range(-3, 3)), min(range(5, 0, -1)))

big = range(0, 10 ** 18, 3)
print(len(big), big[-1], 3 * 10 ** 17 in big, (10 ** 17 + 2) in big, big[10 ** 17], big.index(3 * 10 ** 17))
huge = range(2 ** 64)
try:
    len(huge)
except OverflowError as e:
    print("OverflowError", e)
print(huge[-1], huge[2 ** 63:][:2])

for args in [(), (1, 2, 0), (1.5,), ("3",), (1, 2, 3, 4)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 4


print(list(range(Index())), range(10)[Index()], range(Index(), 10, Index()))
it = iter(range(3))
print(next(it), it.__length_hint__(), list(it))
print([i for i in range(10, 0, -4)], list(range(-1, -8, -3)))
