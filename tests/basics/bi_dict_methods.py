# dict methods: get/setdefault (default evaluated eagerly), pop with and
# without default, popitem LIFO order, update with mappings, pairs and
# keywords, fromkeys (shared mutable value), views (live, set operations on
# keys and items, len/in/reversed), | and |= merging, copy vs alias, clear,
# insertion order after deletion and re-insertion, and KeyError messages.
d = {"b": 2, "a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("c", 3), d.setdefault("n"))
print(d)
print(d.pop("b"), d.pop("zz", "default"), d.pop("n", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d.pop()
except TypeError as e:
    print("TypeError", e)

order = dict.fromkeys("wxyz", 0)
order["w"] = 5
print(order.popitem(), order.popitem(), order)
del order["w"]
order["w"] = 1
print(list(order))
empty = {}
try:
    empty.popitem()
except KeyError as e:
    print("KeyError", e)

u = {"a": 1}
u.update({"b": 2}, c=3)
u.update([("d", 4), ("a", 10)])
u.update(e=5)
u.update()
print(u)
try:
    u.update([("x",)])
except ValueError as e:
    print("ValueError", e)
try:
    u.update(1)
except TypeError as e:
    print("TypeError", e)

shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared, dict.fromkeys(range(3)), dict.fromkeys("ab", "v"), dict.fromkeys([]))

a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
keys = a.keys()
values = a.values()
items = a.items()
print(keys, values, items)
a["new"] = 4
print(len(keys), list(values), ("new", 4) in items, "x" in keys, 4 in values)
print(keys & b.keys(), sorted(keys | b.keys()), sorted(keys - b.keys()), sorted(keys ^ b.keys()))
print(keys & {"x", "q"}, items & {("x", 1), ("y", 0)}, keys == {"x", "y", "z", "new"}, keys.isdisjoint({"q"}))
print(list(reversed(keys)), list(reversed(items))[0], list(reversed(values)))
print(keys.mapping is a, type(keys).__name__, type(values).__name__, type(items).__name__)
try:
    for k in a:
        a[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
a = {"x": 1, "y": 2}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("pair", 1)]
print(a)
try:
    a | [("p", 1)]
except TypeError as e:
    print("TypeError", e)

original = {"list": [1], "n": 1}
alias = original
shallow = original.copy()
shallow["n"] = 2
shallow["list"].append(2)
alias["added"] = True
print(original, shallow, alias is original, shallow is original)
original.clear()
print(original, alias, shallow["n"])

reorder = {1: "a", 2: "b", 3: "c"}
del reorder[1]
reorder[1] = "again"
reorder[2] = "updated"
print(reorder, list(reorder.items()))
print({1: "int", 1.0: "float", True: "bool"}, {0: "zero", False: "false"})
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
for key in ("missing", ("t", 1), 0, None):
    try:
        {}[key]
    except KeyError as e:
        print("KeyError", repr(e), str(e))


class Defaulting(dict):
    def __missing__(self, key):
        return f"missing {key}"


dm = Defaulting(a=1)
print(dm["a"], dm["b"], dm.get("b"), "b" in dm, len(dm))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), max({"a": 5, "b": 7}, key={"a": 5, "b": 7}.get))
