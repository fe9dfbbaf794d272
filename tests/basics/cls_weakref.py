# weakref to class instances: ref() dereferencing, dead references
# returning None, callbacks called when the referent dies (with the dead
# ref), WeakValueDictionary/WeakKeyDictionary/WeakSet shrinking,
# weakref.proxy and ReferenceError, WeakMethod, finalize, objects that
# cannot be weakly referenced, ref equality and hashing.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name

    def __repr__(self):
        return f"Obj({self.name})"


o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o))


def callback(ref):
    print("callback: referent died, ref() ->", ref())


r2 = weakref.ref(o, callback)
print(weakref.getweakrefcount(o), r == weakref.ref(o), r2 is not r)
del o
print("after del:", r(), r2())

cache = weakref.WeakValueDictionary()
keep = Obj("kept")
cache["kept"] = keep
cache["temp"] = Obj("temp")
print(sorted(cache.keys()))

meta = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
meta[k1] = "one"
meta[k2] = "two"
del k1
print(sorted(v for v in meta.values()), len(meta))

ws = weakref.WeakSet()
s1 = Obj("s1")
ws.add(s1)
ws.add(Obj("gone"))
print(len(ws), [x.name for x in ws])

target = Obj("proxied")
p = weakref.proxy(target)
print(p.name, p.method(), type(p).__name__)
del target
try:
    p.name
except ReferenceError as e:
    print(type(e).__name__, e)

bound_target = Obj("bm")
wm = weakref.WeakMethod(bound_target.method)
print(wm()())
short = weakref.ref(bound_target.method)
print("plain ref to bound method dies immediately:", short())
del bound_target
print(wm())

fin_obj = Obj("finalized")
f = weakref.finalize(fin_obj, print, "finalize called for", "finalized")
print(f.alive)
del fin_obj
print(f.alive)

for value in (1, "s", [1], (1,), {}, None):
    try:
        weakref.ref(value)
    except TypeError as e:
        print(type(e).__name__, e)


class ListSub(list):
    pass


print(weakref.ref(ListSub())() is None)
x = Obj("x")
print(hash(weakref.ref(x)) == hash(x), weakref.ref(x) == weakref.ref(x))
dead = weakref.ref(Obj("dead"))
try:
    hash(dead)
except TypeError as e:
    print(type(e).__name__, e)


class Keeper:
    def __init__(self):
        self.children = []

    def child(self):
        c = Obj("child")
        c.parent = weakref.ref(self)
        self.children.append(c)
        return c


kp = Keeper()
ch = kp.child()
print(ch.parent() is kp)
del kp
print(ch.parent())
