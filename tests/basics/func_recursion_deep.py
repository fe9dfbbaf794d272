# Deep recursion within the limit: linear recursion to depth 900, recursion
# with accumulators, Ackermann for small values, recursion through methods
# and lambdas, raising the limit with sys.setrecursionlimit and recursing
# deeper, and a RecursionError caught from a runaway recursion.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))


def sum_list(items, index=0):
    if index == len(items):
        return 0
    return items[index] + sum_list(items, index + 1)


print(sum_list(list(range(800))))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def length(self):
        return 1 + (self.child.length() if self.child else 0)

    def total(self):
        return self.value + (self.child.total() if self.child else 0)


chain = None
for v in range(700):
    chain = Node(v, chain)
print(chain.length(), chain.total())

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))), fact(20))


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


nested = 0
for i in range(400):
    nested = [i, nested]
print(len(flatten(nested)), flatten(nested)[:5])

old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print("raised limit, depth:", depth(3500))
sys.setrecursionlimit(old)
print("limit restored:", sys.getrecursionlimit() == old)


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("still works after RecursionError:", depth(500))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


moves = hanoi(10, "A", "C", "B", [])
print(len(moves), moves[:3], moves[-1])


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(len(power_set(list(range(12)))), power_set([1, 2, 3]))
