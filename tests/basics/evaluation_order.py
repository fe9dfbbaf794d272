# Order of evaluation: call arguments left to right, keyword arguments,
# subscript targets vs values, dict displays, augmented assignment on
# subscripts (container and index evaluated once), default values at def
# time, and/or short-circuits.
log = []


def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value


def f(*args, **kwargs):
    return len(args) + len(kwargs)


f(t("a"), t("b"), x=t("c"), y=t("d"))
print(log)
log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log, d)
log.clear()
box = {"n": 1}
t("container", box)[t("key", "n")] += t("increment", 5)
print(log, box)
log.clear()
lst = [0, 0]
t("list", lst)[t("index", 1)] = t("value", 9)
print(log, lst)
log.clear()
result = t("left", 2) + t("right", 3) * t("third", 4)
print(log, result)
log.clear()
x = t("a", 0) or t("b", 0) or t("c", "last")
print(log, x)
log.clear()


def with_default(v=t("default evaluated")):
    return v


print(log, with_default(), with_default("given"))
log.clear()
a, b = t("first", 1), t("second", 2)
print(log, a, b)
log.clear()
t("target", lst)[t("i", 0)], y = t("v1", 10), t("v2", 20)
print(log, lst, y)
log.clear()
print(t("p1", "x"), t("p2", "y"), log)
