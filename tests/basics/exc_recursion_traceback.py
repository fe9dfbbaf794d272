# RecursionError with a lowered recursion limit: the formatted traceback of
# a caught one collapses identical frames into "[Previous line repeated N
# more times]", the depth reached is exact, recursion through a method is
# also stopped, and the program ends with an uncaught RecursionError from
# mutual recursion (frames alternate, so nothing is collapsed).
import sys
import traceback

sys.setrecursionlimit(60)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("depth reached:", depth(0))


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    lines = traceback.format_exc().splitlines()
    print(len(lines))
    for line in lines[:3] + lines[-6:]:
        print(line)


class Node:
    def size(self):
        return 1 + self.size()


try:
    Node().size()
except RecursionError as e:
    print("method:", e, len(traceback.extract_tb(e.__traceback__)))


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


print(even(20), odd(21))
print(even(1000))
