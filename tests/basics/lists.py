# Lists: construction, indexing (and IndexError), methods, sorting with and
# without keys, slicing reads and writes, del, nesting, comparison.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7)
a.extend([8, 8])
a.insert(0, 0)
a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(3), a)
a.remove(8)
print(a, a.index(5), a.count(1), 9 in a, 10 not in a)
b = sorted(a)
a.sort(reverse=True)
print(a, b)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words, sorted(words, key=len), sorted(words, key=len, reverse=True))
a.reverse()
print(a, a.copy() == a, a.copy() is a)
del a[0]
del a[1:3]
del a[::2]
print(a)
a.clear()
print(a, [] == a, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [[1]] == [[1]])
nested = [[1, 2], [3, [4, 5]]]
nested[1][1].append(6)
print(nested, nested[1][1][-1])
print([0] * 4, [1, 2] * 2, [1] + [2], list("abc"), list(range(3)), list((1, 2)))
try:
    print(a[5])
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop())
m = [1, 2, 3]
m[1] = m
print(m)
print(max([3, 7, 2]), min([3, 7, 2]), sum([1, 2, 3]), sum([0.5, 0.25], 1))
