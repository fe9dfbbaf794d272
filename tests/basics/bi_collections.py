# collections: Counter (construction, most_common with ties in insertion
# order, arithmetic dropping non-positive counts, update/subtract,
# elements, total), defaultdict (factories, missing-key insertion, no
# factory), OrderedDict (move_to_end both ways, popitem(last=False),
# order-sensitive equality), deque (rotate, maxlen dropping from the other
# end, appendleft/extendleft, index/remove errors), ChainMap (lookup order,
# writes to the first map, new_child/parents), and namedtuple basics.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

c = Counter("mississippi")
print(c, c.most_common(2), c.most_common()[-1], c["s"], c["zzz"], c.total(), len(c))
print(Counter(a=3, b=1), Counter({"x": 2}), Counter(["b", "a", "b"]).most_common(), Counter().most_common(1))
tie = Counter("abcabcd")
print(tie.most_common(), tie.most_common(3))
d1 = Counter(a=3, b=1, c=0)
d2 = Counter(a=1, b=2, d=-1)
print(d1 + d2, d1 - d2, d1 | d2, d1 & d2, +d2, -d2)
d1.update("aab")
d1.update({"z": 5})
d1.subtract(a=10)
print(d1, sorted(d1.elements()))
print(Counter("hello") == Counter("olleh"), Counter(a=1) == Counter(a=1, b=0), Counter("ab") < Counter("abc"))
del d1["z"]
print("z" in d1, d1.get("z", "gone"))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), sorted(Counter(len(w) for w in words).items()))

dd = defaultdict(list)
for word in words:
    dd[word[0]].append(word)
print(dd, dict(dd), dd["missing"], "missing" in dd, len(dd))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts.get("q"), "q" in counts)
nested = defaultdict(lambda: defaultdict(set))
nested["a"]["b"].add(1)
print({k: {kk: vv for kk, vv in v.items()} for k, v in nested.items()})
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError", e, plain.default_factory)
print(repr(defaultdict(str, {"k": "v"})), defaultdict(str)["x"] == "")

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1},
      dict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict([("x", 1)]), list(reversed(OrderedDict(a=1, b=2))))

dq = deque([1, 2, 3, 4, 5])
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq)
dq.appendleft(0)
dq.extendleft([-1, -2])
dq.append(9)
print(dq, dq.popleft(), dq.pop(), dq[0], dq[-1], len(dq))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft(-1)
print(bounded)
bounded.extend([10, 11])
print(bounded, list(deque("abc", maxlen=0)))
print(dq.index(3), dq.count(3), 3 in dq)
for bad in (lambda: dq.index(99), lambda: dq.remove(99), lambda: deque().pop(), lambda: deque().popleft(),
            lambda: dq[100]):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
dq.remove(3)
dq.reverse()
print(dq, deque(reversed(dq)), dq * 2 == deque(list(dq) * 2), deque([1]) + deque([2]))
dq.clear()
print(dq, deque(range(3), 2))

base = {"color": "red", "size": 1}
override = {"color": "blue"}
cm = ChainMap(override, base)
print(cm["color"], cm["size"], cm.get("weight", 0), len(cm), sorted(cm), "size" in cm)
cm["size"] = 99
cm["new"] = True
print(override, base)
del cm["color"]
print(cm["color"], override)
try:
    del cm["size"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"color": "green"})
print(child["color"], child.parents["color"], len(child.maps), child.maps[0])
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), ChainMap().get("x"))

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, Point._make([3, 4]), p == (1, 2))
Opt = namedtuple("Opt", ["a", "b"], defaults=[0])
print(Opt(5), Opt(5, 6))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
