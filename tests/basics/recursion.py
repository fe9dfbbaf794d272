# Recursion: fibonacci, Ackermann, mutual recursion, recursion over nested
# lists, deep (but allowed) recursion, recursion with accumulators.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(items, out):
    for item in items:
        if isinstance(item, list):
            flatten(item, out)
        else:
            out.append(item)
    return out


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return moves
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)
    return moves


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    result = list(rest)
    for subset in rest:
        result.append([items[0]] + subset)
    return result


print("fib", fib(20), fib(1), fib(0))
print("ackermann", ackermann(2, 3), ackermann(3, 3))
print(is_even(100), is_odd(7), is_even(33))
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]], []))
print("depth", depth(900))
moves = hanoi(5, "A", "C", "B", [])
print(len(moves), moves[:4])
print(sorted(power_set([1, 2, 3])))
