# del statement: names (local, global, in functions), multiple targets and
# tuple/list targets, attributes (incl. __delattr__), subscripts (dict,
# list, negative, __delitem__), slices (simple and extended), and the
# errors: NameError, UnboundLocalError, AttributeError, KeyError,
# IndexError, TypeError. Ends with an uncaught NameError after del.
x = 1
y = 2
z = 3
del x
print("x" in globals(), "y" in globals())
del y, z
print("y" in globals(), "z" in globals())
a, b, c = 1, 2, 3
del (a, b), [c]
print([n for n in ("a", "b", "c") if n in globals()])


def local_del():
    v = 10
    w = 20
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 30
    del w
    return v, "w" in locals()


print(local_del())


def del_global():
    global g
    g = "set"
    del g
    return "g" in globals()


print(del_global())


class Obj:
    cls_attr = "c"


o = Obj()
o.p = 1
o.q = 2
del o.p
print(vars(o), hasattr(o, "p"))
try:
    del o.p
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))


class Guarded:
    def __delattr__(self, name):
        print("  __delattr__", name)
        if name == "locked":
            raise AttributeError(f"{name} is locked")

    def __delitem__(self, key):
        print("  __delitem__", repr(key))


gobj = Guarded()
del gobj.anything
try:
    del gobj.locked
except AttributeError as e:
    print(type(e).__name__, e)
del gobj[1], gobj["k"], gobj[1:2], gobj[::3], gobj[1, 2], gobj[...]
d = {"a": 1, "b": 2, "c": 3, (1, 2): "t"}
del d["a"], d[1, 2]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[::-1]
print(lst)
lst = list(range(10))
del lst[100:200], lst[5:2]
print(lst)
del lst[1::3]
print(lst)
try:
    del lst[50]
except IndexError as e:
    print(type(e).__name__, e)
for target in ((1, 2, 3), "abc", b"xy", frozenset({1})):
    try:
        del target[0]
    except TypeError as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello")
del ba[0], ba[-1]
print(ba)
nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
item = "temporary"
del item
print(item)
