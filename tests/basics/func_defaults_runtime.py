# __defaults__ and __kwdefaults__ changed at run time: replacing, removing
# and adding defaults changes which calls work; invalid assignments raise
# TypeError; the code object is unaffected.
def f(a, b=2, c=3):
    return (a, b, c)


def g(*, x=1, y=2):
    return (x, y)


print(f.__defaults__, f(0))
f.__defaults__ = (20, 30)
print(f(0), f(0, 1))
f.__defaults__ = (99,)
print(f.__defaults__, f(0, 1))
try:
    f(0)
except TypeError as e:
    print(type(e).__name__, e)
f.__defaults__ = None
try:
    f(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(f(7, 8, 9))
f.__defaults__ = ("A", "B", "C")
print("all defaulted:", f())
del f.__defaults__
print("after del:", f.__defaults__)
try:
    f.__defaults__ = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)

print(g.__kwdefaults__, g())
g.__kwdefaults__ = {"x": "X"}
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
print(g(y="Y"))
g.__kwdefaults__["y"] = "Y2"
print(g(), g.__kwdefaults__)
g.__kwdefaults__ = None
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.__kwdefaults__ = [("x", 1)]
except TypeError as e:
    print(type(e).__name__, e)
g.__kwdefaults__ = {"x": 0, "y": 0, "unused": 5}
print(g(), g.__kwdefaults__)


def h(a, b):
    return a + b


h.__defaults__ = (100,)
print("added default:", h(1), h(1, 2), h.__code__.co_argcount)


def mutable(lst=[]):
    lst.append(len(lst))
    return lst


mutable()
mutable.__defaults__[0].clear()
print(mutable(), mutable())
mutable.__defaults__ = ([],)
print(mutable())

lam = lambda p=1, *, q=2: (p, q)
lam.__defaults__ = (10,)
lam.__kwdefaults__ = {"q": 20}
print(lam(), lam(0, q=0))


class K:
    def m(self, v=1):
        return v


K.m.__defaults__ = (5,)
print(K().m(), K.m(None))
bound = K().m
try:
    bound.__defaults__ = (6,)
except AttributeError as e:
    print(type(e).__name__, e)
print(bound.__defaults__, bound.__func__ is K.m)
