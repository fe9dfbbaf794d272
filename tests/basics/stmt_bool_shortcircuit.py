# Boolean operators and/or/not: they return one of the operands (not
# bool), short-circuit (right operand not evaluated), chain left to right,
# call __bool__/__len__ exactly once per tested operand, and precedence
# not > and > or. Errors from __bool__ propagate.
log = []


def v(x):
    log.append(repr(x))
    return x


def show(label, result):
    print(f"{label:<26} -> {result!r:<10} evaluated {log}")
    log.clear()


show("0 and 1", v(0) and v(1))
show("2 and 3", v(2) and v(3))
show("0 or 1", v(0) or v(1))
show("2 or 3", v(2) or v(3))
show("'' or [] or None", v("") or v([]) or v(None))
show("1 and 2 and 3", v(1) and v(2) and v(3))
show("1 and 0 and 3", v(1) and v(0) and v(3))
show("0 or 0 and 5", v(0) or v(0) and v(5))
show("1 or 0 and 5", v(1) or v(0) and v(5))
show("not 0 and 1", not v(0) and v(1))
show("[] or {} or 'x'", v([]) or v({}) or v("x"))
show("None and crash()", v(None) and (1 / 0))
show("'s' or crash()", v("s") or (1 / 0))
show("(0 or 4) and (5 or 6)", (v(0) or v(4)) and (v(5) or v(6)))
show("not not []", not not v([]))
print(True and 1, False or 0.0, 1 and True, [] or (), "" and 1 / 0)
print(None or "default", 0 or None, 3 and "x" or "y", 0 and "x" or "y", "" or 0 or [])


class Noisy:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print(f"  bool({self.name}) = {self.truth}")
        return self.truth

    def __repr__(self):
        return self.name


print("result", Noisy("a", True) and Noisy("b", False) and Noisy("c", True))
print("result", Noisy("a", False) or Noisy("b", False) or Noisy("c", True))
print("result", not Noisy("n", True))
if Noisy("x", True) and Noisy("y", True):
    print("both true")
while Noisy("w", False) or Noisy("z", False):
    pass
print("ternary", "yes" if Noisy("t", False) or Noisy("u", True) else "no")
print([n for n in (Noisy("p", True), Noisy("q", False)) if n])


class Broken:
    def __bool__(self):
        raise RuntimeError("cannot decide")

    def __repr__(self):
        return "Broken()"


try:
    print(Broken() or 1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print(0 and Broken())
    print(1 and Broken())
    print(not Broken())
except RuntimeError as e:
    print(type(e).__name__, e)
cache = {}
key = "k"
value = cache.get(key) or cache.setdefault(key, len(key) * 10)
print(value, cache)
items = []
items and items.pop()
print(items or "empty")
name = ""
print(name and name.upper() or "anonymous", (name or "x").upper())
