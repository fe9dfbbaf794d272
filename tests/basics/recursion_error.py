# Unbounded recursion raises RecursionError (never a crash), which can be
# caught, after which the program continues and can recurse again; also with
# a lowered recursion limit and through mutual recursion.
import sys


def forever(n):
    return forever(n + 1) + 1


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)

try:
    ping(0)
except RecursionError as e:
    print("caught mutual:", e)


def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n


limit = sys.getrecursionlimit()
reached = count_depth(0)
print("limit", limit, "reached close to it:", limit - 60 < reached < limit)
sys.setrecursionlimit(200)
reached_small = count_depth(0)
print("small limit reached close to it:", 140 < reached_small < 200)
sys.setrecursionlimit(limit)


def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)


print("after recovery", fine(500))
