# The per-site caches of globals, attributes and methods must notice every
# change: rebinding, deleting and shadowing globals and builtins, class
# changes, instance dicts, module attributes.
import builtins
import math

value = 1
def read_value():
    return value
def read_len(x):
    return len(x)
results = []
for step in range(6):
    if step == 2:
        value = 2
    if step == 3:
        len = lambda x: -1
    if step == 4:
        del len
    if step == 5:
        builtins.len = lambda x: -2
    results.append((read_value(), read_len("abc")))
del builtins.len
print(results)
try:
    del value
    read_value()
except NameError as e:
    print(e)

class Point:
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x)
def get_x(p):
    return p.x
def set_x(p, v):
    p.x = v
def call_norm(p):
    return p.norm()
points = [Point(i) for i in range(-2, 3)]
print([get_x(p) for p in points], [call_norm(p) for p in points])
p = points[0]
p.__dict__["x"] = 100
print(get_x(p), call_norm(p))
p.norm = lambda: "instance attribute"
print(call_norm(p), call_norm(points[1]))
Point.norm = lambda self: "patched"
print(call_norm(points[2]))
Point.x = property(lambda self: "property wins")
print(get_x(points[3]))
del Point.x
set_x(points[3], 9)
print(get_x(points[3]), points[3].__dict__)
class Slotted:
    __slots__ = ("x",)
s = Slotted()
set_x(s, 5)
print(get_x(s))
def sqrt_of(v):
    return math.sqrt(v)
print(sqrt_of(16.0))
math.sqrt = lambda v: "replaced"
print(sqrt_of(16.0))
del math.sqrt
try:
    sqrt_of(1.0)
except AttributeError as e:
    print(e)
class Base:
    def who(self):
        return "base"
class Derived(Base):
    pass
d = Derived()
print(call_who := d.who())
def who(o):
    return o.who()
print(who(d))
Derived.who = lambda self: "derived"
print(who(d))
del Derived.who
print(who(d))
print([who(o) for o in (Base(), Derived())])
