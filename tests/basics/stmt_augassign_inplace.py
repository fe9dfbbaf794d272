# In-place vs. rebinding augmented assignment: lists/bytearrays/sets are
# mutated (aliases see it), tuples/strs/frozensets/ints are rebound;
# __iadd__ returning another object or NotImplemented (falls back to
# __add__ then __radd__); the tuple-holding-a-list gotcha where t[0] += [x]
# mutates the list and then raises; tuple += list. Ends with the t[0] += [x]
# TypeError uncaught.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba *= 2
print(ba, alias is ba)
s = {1}
alias = s
s |= {2}
print(s, alias is s)
t = (1, 2)
alias = t
t += (3,)
print(t, alias, t is alias)
lst = [1]
lst += (2, 3)
lst += "ab"
lst += {9: "x"}
lst += range(2)
print(lst)
try:
    lst = lst + (1,)
except TypeError as e:
    print(type(e).__name__, e)


class Right:
    def __radd__(self, other):
        print("  __radd__", other)
        return "radd result"

    def __repr__(self):
        return "Right()"


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("  __iadd__", other)
        if isinstance(other, Right):
            return NotImplemented
        if other == "other":
            return Acc(self.v + 1000)
        if other == "ni":
            return NotImplemented
        self.v += other
        return self

    def __add__(self, other):
        print("  __add__", other)
        if other == "ni" or isinstance(other, Right):
            return NotImplemented
        return Acc(self.v + 1)

    def __repr__(self):
        return f"Acc({self.v})"


x = Acc(1)
y = x
x += 5
print(x, y, x is y)
x += "other"
print(x, y, x is y)


z = Acc(0)
z += Right()
print(z)
w = Acc(7)
w += 1
print(w)
try:
    q = Acc(1)
    q += "ni"
except TypeError as e:
    print(type(e).__name__, e)
r = Acc(2)
r2 = r
r += 10
print(r, r2)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)


oa = OnlyAdd(1)
ob = oa
oa += 1
print(oa.v, ob.v, oa is ob)
v = 5
v2 = Right()
v += v2
print(v)
holder = ([1, 2], "x")
try:
    holder[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(holder)
holder[0].extend([4])
print(holder)
pair = ([0],)
pair[0].append(1)
print(pair)
pair = pair[0]
pair += (2,)
print(pair)
pair = tuple(pair)
try:
    pair += [3]
except TypeError as e:
    print(type(e).__name__, e)
pair = ([0],)
pair[0] += [1]
print("not reached", pair)
