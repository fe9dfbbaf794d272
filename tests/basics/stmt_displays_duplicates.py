# List/tuple/set/dict displays: duplicate keys (last value wins, first key
# object kept), equal-but-different-type keys (1, 1.0, True), duplicate set
# elements (first kept), evaluation order of keys and values, nested
# displays, trailing commas, empty displays, unhashable errors.
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d), list(d))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, type(list(d)[0]).__name__)
d = {True: "bool", 1: "int"}
print(d)
s = {1, 1.0, True}
print(s, type(next(iter(s))).__name__)
s = {True, 1}
print(s)
s = {0, False, 0.0, -0.0}
print(s)
print({(1, 2): "t", (1, 2): "again"}, {"x", "x", "y"} == {"y", "x"}, len({"x", "x"}))
print({1: 1, 2: 2, 1: 3, 3: 4}, [1, 1, 1], (1, 1), {None: 0, None: 1})
order = []


def t(name, value):
    order.append(name)
    return value


{t("k1", 1): t("v1", "a"), t("k2", 2): t("v2", "b"), t("k1again", 1): t("v3", "c")}
print(order)
order.clear()
[t("l1", 1), t("l2", 2)], (t("t1", 1), t("t2", 2)), {t("s1", 1), t("s2", 2)}
print(order)
order.clear()
{t(f"k{i}", i): t(f"v{i}", i) for i in range(2)}
print(order)
print([], (), {}, set(), type({}).__name__, [()], ((),), [[]], [{}], ({},))
print([1, 2, 3,], (1,), (1, 2,), {1,}, {1: 2,}, [
    "multi",
    "line",
])
nested = {"list": [1, {"inner": (2, {3})}], "tuple": ((), [])}
print(nested, nested["list"][1]["inner"][1])
for label, thunk in (("list in set", lambda: {[1]}), ("dict key list", lambda: {[1]: 2}),
                     ("set in set", lambda: {{1}}), ("dict in set", lambda: {1, {}}),
                     ("tuple with list key", lambda: {(1, [2]): 3})):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)
print({frozenset({1}): "fs", (1, (2, 3)): "nested tuple"})


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key)

    def __repr__(self):
        return f"Key({self.name})"


print({Key("first"): 1, Key("second"): 2}, {Key("x"), Key("y")})
big = {i: i * i for i in range(5)}
print(big, {i % 3 for i in range(10)}, [i for i in range(3)] * 2, (0,) * 3)
print(dict([("a", 1), ("a", 2)]), dict(a=1, **{"b": 2}), dict({"a": 1}, a=5))
print({-0.0: "neg zero", 0: "zero"}, {float("nan"): 1, float("nan"): 2}.__len__())
