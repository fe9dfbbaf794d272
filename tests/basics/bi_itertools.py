# itertools: product (repeat), permutations/combinations (with r, with
# replacement, r larger than n), groupby (needs sorted input; groups are
# invalidated by advancing), accumulate (functions, initial), chain and
# chain.from_iterable, zip_longest (fillvalue), pairwise, count/cycle/
# repeat with islice, islice arguments and errors, starmap, takewhile/
# dropwhile, filterfalse, compress, tee, batched-by-hand.
import operator
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)

print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product("ab", [])))
print(len(list(product(range(3), repeat=3))), next(product("xy", "z", "w")))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations([1, 2], 3)))
print(list(combinations("abcd", 2)), list(combinations([1, 2], 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ab", 2)), list(permutations([])))

data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
print([(k, list(g)) for k, g in groupby(data, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby("aaabccaa")])
groups = groupby("aabbcc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in groupby([1, 1, 2, 1])], [(k, list(g)) for k, g in groupby([])])

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", range(2), [[3]]])), list(chain()))
print(list(zip_longest("abc", [1])), list(zip_longest("a", "bcd", fillvalue="-")), list(zip_longest()))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise(range(4))))

print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(count(1, 3), 2, 8, 2)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)), list(repeat("r", 3)), list(islice(repeat(0), 2)))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 1, None, 3)), list(islice("ab", 5, 9)))
for args in [(-1,), (0, 1, 0), ("a",)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError", e)
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 0)), next(it))

print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: "-".join(a), ["ab", "cde"])))
print(list(takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, "", "x"])), list(filterfalse(str.isdigit, "a1b2")))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(compress(range(5), cycle([True, False]))))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
c1, c2, c3 = tee("xy", 3)
print(list(c1), list(c2), list(c3))


def batches(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(islice(iterator, n)):
        yield chunk


print(list(batches(range(7), 3)), list(batches([], 2)))
counter = count()
print([next(counter) for _ in range(3)], repr(counter))
print(list(map(operator.add, "abc", cycle("12"))), sum(islice(count(1), 100)))
