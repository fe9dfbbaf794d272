# list methods: append/extend (with generators, strings, itself), insert at
# every kind of index (negative, past the ends), remove/index/count with
# bounds and their errors, pop with indices, sort stability and key/reverse,
# reverse, copy vs slicing vs alias, clear, +=/*=, slice assignment with
# different lengths, and del with slices and steps.
items = [3, 1, 2]
items.append([4])
items.extend(x * 10 for x in range(2))
items.extend("ab")
items.extend(())
print(items)
items.extend(items)
print(len(items), items[:8] == items[8:])
grow = [1, 2]
grow += grow
grow *= 2
print(grow, [0] * 3, [[]] * 2, [1] * 0, [1] * -1)

ins = [1, 2, 3]
for index, value in [(0, "start"), (-1, "before last"), (100, "end"), (-100, "very start"), (2, "two")]:
    ins.insert(index, value)
print(ins)

data = [5, 3, 5, 1, 5, 9]
print(data.index(5), data.index(5, 1), data.index(5, 3), data.index(5, -2), data.index(1, 0, 4), data.count(5), data.count(7))
for args in [(7,), (5, 5), (9, 0, 5), (3, -1)]:
    try:
        data.index(*args)
    except ValueError as e:
        print("ValueError", e)
data.remove(5)
print(data)
try:
    data.remove(42)
except ValueError as e:
    print("ValueError", e)
print(data.pop(), data.pop(0), data.pop(-2), data)
for target in ([], [1]):
    try:
        target.pop(3)
    except IndexError as e:
        print("IndexError", e)
print([1, 2, 3].count(2.0), [[1], [1]].count([1]), [None, 0, False].index(False), [0, False].count(0))

records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
records.sort(key=lambda r: r[0])
records.sort(key=lambda r: r[1], reverse=True)
print(records)
words = ["Banana", "apple", "cherry", "Apple"]
words.sort()
print(words)
words.sort(key=str.casefold)
print(words)
words.sort(key=len, reverse=True)
print(words)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError", e)
mixed = [3, 1, 2]
try:
    mixed.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, mixed)

rev = [1, 2, 3, 4]
print(rev.reverse(), rev)
orig = [[1], 2]
copied = orig.copy()
sliced = orig[:]
alias = orig
orig[0].append("shared")
orig.append("only orig")
print(copied, sliced, alias is orig, copied is orig)
alias.clear()
print(orig, copied)

s = list(range(10))
s[2:5] = ["a"]
print(s)
s[1:1] = [100, 200]
print(s)
s[::3] = "WXYZ"
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
s[-2:] = []
print(s)
del s[::2]
print(s)
del s[1:]
print(s)
s[5:] = [7, 8]
print(s)
s[:] = (x for x in "new")
print(s)
lst = [1, 2, 3]
lst[len(lst):] = [4]
print(lst, lst == [1, 2, 3, 4], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
try:
    lst[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)
print(lst.__len__(), list.__contains__(lst, 3), lst.__getitem__(-1), 3 in lst, 10 not in lst)
