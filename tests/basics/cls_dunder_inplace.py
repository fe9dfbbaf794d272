# In-place operators: __iadd__ and friends mutating and returning self,
# fallback to __add__ when __iadd__ is missing or returns NotImplemented,
# __iadd__ returning a different object, augmented assignment on
# attributes, subscripts and tuples holding mutable objects.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __add__(self, other):
        print("  Bag.__add__")
        return Bag(self.items + list(other.items if isinstance(other, Bag) else other))

    def __iadd__(self, other):
        print("  Bag.__iadd__")
        if isinstance(other, str):
            return NotImplemented
        self.items.extend(other.items if isinstance(other, Bag) else other)
        return self

    def __imul__(self, n):
        self.items *= n
        return self

    def __isub__(self, other):
        return "replaced by a string"

    def __ior__(self, other):
        self.items.append(("or", other))
        return self

    def __ipow__(self, n):
        return None  # the name becomes None


b = Bag([1])
alias = b
b += [2, 3]
print(b, b is alias)
b += Bag([4])
print(b, alias)
try:
    b += "xy"
except TypeError as e:
    print(type(e).__name__, e)
b *= 2
print(b)
b |= 9
print(b)
b -= 1
print(repr(b), alias)
c = Bag([5])
c **= 3
print(c)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)


o = OnlyAdd(1)
keep = o
o += 10
print(o.v, keep.v, o is keep)
try:
    o -= 1
except TypeError as e:
    print(type(e).__name__, e)


class Holder:
    def __init__(self):
        self.bag = Bag()
        self.n = 0


h = Holder()
h.bag += [7]
h.n += 5
print(h.bag, h.n)
d = {"k": Bag()}
d["k"] += [8]
print(d)
t = (Bag([1]), 2)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t[0])

lst = [1]
t2 = (lst,)
try:
    t2[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)

x = 5
x += True
s = "ab"
s *= 2
fs = frozenset({1})
fs |= {2}
print(x, s, sorted(fs))
