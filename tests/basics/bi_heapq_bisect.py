# heapq (heapify, push/pop order, heappushpop vs heapreplace, nlargest/
# nsmallest with key and ties, merge of sorted inputs, tuples as priority
# entries with tie-breakers, errors on incomparable items) and bisect
# (left/right on duplicates, lo/hi bounds, key= new in 3.10, insort, and
# using bisect for grade tables).
import bisect
import heapq

data = [9, 4, 7, 1, 8, 2, 2, 6]
heap = data[:]
heapq.heapify(heap)
print(heap[0], len(heap), [heapq.heappop(heap) for _ in range(len(heap))])
h = []
for value in [5, 3, 8, 1]:
    heapq.heappush(h, value)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 0), sorted(h), heapq.heappushpop([], 4))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)

print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(0, data), heapq.nsmallest(10, [3, 1]))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [])), list(heapq.merge("ace", "bd")),
      list(heapq.merge([3, 1], [2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))

tasks = []
for priority, seq, name in [(2, 0, "write"), (1, 1, "plan"), (2, 2, "test"), (1, 3, "design"), (3, 4, "ship")]:
    heapq.heappush(tasks, (priority, seq, name))
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])
bad = []
heapq.heappush(bad, (1, {"a": 1}))
try:
    heapq.heappush(bad, (1, {"b": 2}))
except TypeError as e:
    print("TypeError", e)

sorted_list = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(sorted_list, 2), bisect.bisect_right(sorted_list, 2), bisect.bisect(sorted_list, 2))
print(bisect.bisect_left(sorted_list, 0), bisect.bisect_left(sorted_list, 9), bisect.bisect_left(sorted_list, 3))
print(bisect.bisect_left(sorted_list, 2, 2), bisect.bisect_right(sorted_list, 2, 0, 2), bisect.bisect_left(sorted_list, 8, hi=3))
try:
    bisect.bisect_left(sorted_list, 1, -1)
except ValueError as e:
    print("ValueError", e)
bisect.insort(sorted_list, 3)
bisect.insort_left(sorted_list, 2)
bisect.insort_right(sorted_list, 8)
print(sorted_list)

records = [("ann", 20), ("bob", 25), ("cid", 25), ("dee", 31)]
print(bisect.bisect_left(records, 25, key=lambda r: r[1]), bisect.bisect_right(records, 25, key=lambda r: r[1]))
bisect.insort(records, ("eve", 25), key=lambda r: r[1])
print(records)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60, 59)])
letters = ["b", "d", "f"]
print([bisect.bisect(letters, ch) for ch in "abcdefg"])
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print("TypeError", e)
