# __del__ finalizers: called deterministically when the last reference
# goes away (del statement, rebinding, leaving a function, removing from a
# container), resurrection, exceptions in __del__ printed as "Exception
# ignored in", __del__ for cycles via gc.collect(), and at interpreter exit.
import gc
import sys

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"__del__ {self.name}")
        log.append(self.name)


a = Tracked("a")
b = a
del a
print("after del a (b still refers)")
del b
print("after del b")

x = Tracked("first")
x = Tracked("second")
print("after rebinding x")


def scope():
    t = Tracked("local")
    print("leaving scope")


scope()
print("after scope")

items = [Tracked("in-list-0"), Tracked("in-list-1")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")
d = {"k": Tracked("in-dict")}
d["k"] = None
print("after dict overwrite")


def make_temp():
    return Tracked("temporary").name


print("temp name:", make_temp())

saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix.__del__ resurrecting")
        saved.append(self)


p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared saved (no second __del__)")


class Noisy:
    def __del__(self):
        raise ValueError("error in __del__")


def hook(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, unraisable.exc_value,
          unraisable.object.__qualname__, unraisable.err_msg)


sys.unraisablehook = hook
n = Noisy()
del n
print("after Noisy del")
sys.unraisablehook = sys.__unraisablehook__

gc.disable()


class Cyclic:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__ cyclic", self.name)


c1, c2 = Cyclic("c1"), Cyclic("c2")
c1.other, c2.other = c2, c1
del c1, c2
print("cycle not yet collected")
found = gc.collect()
print("collected something:", found > 0)
gc.enable()


class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)


class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()


ch = Child()
del ch
print("log:", log)
survivor = Tracked("at-exit")
print("end of module")
