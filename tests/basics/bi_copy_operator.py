# copy.copy vs copy.deepcopy (shared vs independent nested objects,
# recursive structures, memo keeping shared references shared, immutables
# returned as-is, __copy__/__deepcopy__ hooks, classes with __slots__),
# and the operator module: itemgetter (one/several keys, slices),
# attrgetter (dotted names), methodcaller (args and kwargs), function
# forms of operators, in-place operators, index/length_hint, and their
# errors.
import copy
import operator

nested = {"list": [1, [2, 3]], "tuple": (4, [5]), "str": "s"}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["list"][1].append("added")
nested["tuple"][1].append("t")
nested["new"] = 1
print(shallow)
print(deep)
print(shallow["list"] is nested["list"], deep["list"] is nested["list"], deep["str"] is nested["str"])
t = (1, 2, (3,))
big = 10 ** 20
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.copy(big) is big,
      copy.deepcopy("text") == "text")

shared = [0]
holder = [shared, shared]
dup = copy.deepcopy(holder)
print(dup[0] is dup[1], dup[0] is shared)
rec = [1]
rec.append(rec)
rec_copy = copy.deepcopy(rec)
print(rec_copy[1] is rec_copy, rec_copy is not rec, rec_copy)


class Tracked:
    def __init__(self, value):
        self.value = value
        self.children = []

    def __copy__(self):
        print("  __copy__ called")
        clone = Tracked(self.value)
        clone.children = self.children
        return clone

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo) > 0)
        clone = Tracked(copy.deepcopy(self.value, memo))
        clone.children = copy.deepcopy(self.children, memo)
        return clone


tr = Tracked([1])
tr.children.append(Tracked("child"))
c1 = copy.copy(tr)
c2 = copy.deepcopy(tr)
print(c1.children is tr.children, c2.children is tr.children, c2.children[0].value)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = "x"


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class Plain:
    def __init__(self):
        self.items = [1, 2]


p = Plain()
pc = copy.copy(p)
pc.items.append(3)
print(p.items, type(pc).__name__, pc is not p)
print(copy.copy([1, 2]), copy.copy({1: 2}), copy.copy({1}), copy.deepcopy(frozenset({1})))
try:
    copy.deepcopy(iter([1]))
except TypeError as e:
    print("TypeError", e)

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.5)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(2, 0)))
print(operator.itemgetter(0)("xyz"), operator.itemgetter(-1, 0)([1, 2, 3]), operator.itemgetter(slice(1, None))("abc"),
      operator.itemgetter("k")({"k": "v"}))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


root = Node("root")
leaf = Node("leaf", Node("mid", root))
print(operator.attrgetter("name")(leaf), operator.attrgetter("parent.parent.name")(leaf),
      operator.attrgetter("name", "parent.name")(leaf))
try:
    operator.attrgetter("parent.parent.parent.name")(leaf)
except AttributeError as e:
    print("AttributeError", e)
print(operator.methodcaller("greet", "Hi")(leaf), operator.methodcaller("greet", "Yo", punct="?")(root),
      list(map(operator.methodcaller("upper"), ["a", "b"])), operator.methodcaller("split", ",", 1)("a,b,c"))
print(operator.add(1, 2), operator.sub(5, 7), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(-7, 2),
      operator.mod(-7, 2), operator.pow(2, 8), operator.neg(3), operator.pos(-3), operator.abs(-4), operator.invert(5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1.0), operator.gt([2], [1]),
      operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains("abc", "b"))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(-16, 2),
      operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.getitem([5, 6], 1))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd((1,), (2,)), operator.imul("ab", 2), operator.index(7),
      operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 9))
d = {}
operator.setitem(d, "k", 1)
operator.delitem(d, "k")
print(d)
for bad in (lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 2),
            lambda: operator.truediv(1, 0)):
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
