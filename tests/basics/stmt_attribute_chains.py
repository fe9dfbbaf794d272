# Attribute access: long chains through nested objects, method call chains
# returning self, attribute lookup on classes/instances/modules/literals,
# getattr/setattr/hasattr/delattr with defaults, __getattr__ fallback only
# for missing attributes, __getattribute__ intercepting everything,
# properties, and the AttributeError messages at each level of a chain.
import os.path


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def rename(self, name):
        self.name = name
        return self

    def then(self):
        return self.child


root = Node("a", Node("b", Node("c", Node("d"))))
print(root.child.child.child.name, root.then().then().name, root.child.child.child.child)
print(root.rename("A").rename("AA").name, root.then().rename("B").then().name)
print(os.path.join("x", "y"), os.path.sep, (3).real, 3.5.is_integer(), "a b".split().__len__())
print(1 .bit_length(), (255).to_bytes(2, "big"), "x".upper().lower().center(5, "*"), [].__class__.__name__)
print(Node.__name__, Node.rename.__name__, root.rename.__name__, root.__class__.__name__, type(root).__module__)
print(getattr(root, "name"), getattr(root, "missing", "default"), hasattr(root, "child"), hasattr(root, "nope"))
setattr(root, "extra", 42)
print(root.extra, getattr(root.child, "child").name)
delattr(root, "extra")
print(hasattr(root, "extra"))
for label, thunk in (("deep missing", lambda: root.child.child.child.child.name),
                     ("missing on instance", lambda: root.color),
                     ("missing on class", lambda: Node.color),
                     ("missing on module", lambda: os.path.nonexistent),
                     ("int attr", lambda: (5).foo),
                     ("None attr", lambda: None.attr),
                     ("getattr no default", lambda: getattr(root, "zzz")),
                     ("getattr non-str", lambda: getattr(root, 1)),
                     ("setattr on int", lambda: setattr(5, "x", 1)),
                     ("set on object()", lambda: setattr(object(), "x", 1)),
                     ("delattr missing", lambda: delattr(root, "zzz"))):
    try:
        print(label, thunk())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)


class Fallback:
    real = "real attribute"

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"no {name} here")


fb = Fallback()
print(fb.real, fb.dyn_value, getattr(fb, "dyn_x"), hasattr(fb, "other"), getattr(fb, "other", "dflt"))
try:
    fb.other
except AttributeError as e:
    print(type(e).__name__, e)


class Spy:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  lookup", name)
        return object.__getattribute__(self, name)


spy = Spy()
print(spy.value, spy.__class__.__name__)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @property
    def readonly(self):
        return "ro"


temp = Temperature()
temp.fahrenheit = 212
print(temp._c, temp.fahrenheit)
try:
    temp.readonly = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del temp.readonly
except AttributeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a",)


sl = Slotted()
sl.a = 1
try:
    sl.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Slotted().a
except AttributeError as e:
    print(type(e).__name__, e)
