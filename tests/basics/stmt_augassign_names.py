# Augmented assignment with every operator (+= -= *= /= //= %= **= <<= >>=
# &= |= ^= @=) on local, global and closure names, for ints, floats,
# strings, lists, sets; rebinding vs. mutation seen through aliases;
# errors leave the name unchanged.
g = 10


def on_globals():
    global g
    g += 5
    g *= 2
    g -= 1
    g //= 4
    g **= 2
    g %= 7
    return g


print(on_globals(), g)


def on_locals():
    results = []
    x = 100
    for op in range(13):
        if op == 0:
            x += 3
        elif op == 1:
            x -= 50
        elif op == 2:
            x *= 3
        elif op == 3:
            x /= 4
        elif op == 4:
            x //= 2
        elif op == 5:
            x %= 7
        elif op == 6:
            x **= 3
        elif op == 7:
            x = int(x)
            x <<= 3
        elif op == 8:
            x >>= 1
        elif op == 9:
            x &= 0b111100
        elif op == 10:
            x |= 0b1
        elif op == 11:
            x ^= 0b1111
        else:
            x += 0.5
        results.append(x)
    return results


print(on_locals())


def on_closure():
    total = 0
    items = []

    def add(v):
        nonlocal total
        total += v
        items.append(total)
    for v in (1, 2, 3):
        add(v)
    return total, items


print(on_closure())
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t, t is alias_t)
lst = [1]
alias_l = lst
lst += [2]
lst *= 2
print(lst, alias_l, lst is alias_l)
st = {1, 2, 3}
alias_s = st
st &= {2, 3, 4}
st |= {9}
st ^= {3, 10}
st -= {9}
print(sorted(st), alias_s is st)
fs = frozenset({1, 2})
alias_fs = fs
fs |= {3}
print(sorted(fs), sorted(alias_fs), fs is alias_fs)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * 10 + other.v)

    def __repr__(self):
        return f"M({self.v})"


m = M(1)
m @= M(2)
print(m)
m @= M(3)
print(m)
y = 7
try:
    y += "x"
except TypeError as e:
    print(type(e).__name__, e, y)
try:
    y /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, y)
try:
    y @= 2
except TypeError as e:
    print(type(e).__name__, e, y)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)


def unbound():
    z += 1
    return z


try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
count = 0
for i in range(5):
    count += i
    count -= 1
print(count)
