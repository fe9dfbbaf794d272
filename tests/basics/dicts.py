# Dicts: literals, insertion order, get/setdefault/pop/popitem/update,
# views, KeyError, membership, deletion, nested dicts, equality, merging.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, "z" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("missing", "default"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
del d["x"]
print(d, sorted(d), sorted(d.values()))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del:", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inverse = {}
for key, value in counts.items():
    inverse.setdefault(value, []).append(key)
print(inverse)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
nested["outer"]["new"] = {}
print(nested)
print({1: "a"} == {1: "a"}, {1: "a"} == {1: "b"}, {1: 1, 2: 2} == {2: 2, 1: 1})
print({**d, "extra": 1}, d | {"a": 0}, dict(a=1, b=2), dict([(1, 2)]))
keys = d.keys()
d["late"] = 1
print(keys, len(keys))
print({1: 1, 1.0: 2, True: 3}, {(1, 2): "tuple key"}[(1, 2)])
e = dict.fromkeys("abc", 0)
e["b"] += 1
print(e, e.copy() is e, list(reversed(e)))
