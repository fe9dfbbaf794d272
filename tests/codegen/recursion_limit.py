# Unbounded recursion raises RecursionError, as in CPython.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(100)
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(50))
try:
    count(200)
except RecursionError:
    print("limited")
