# Call-site unpacking forms: several * and ** in one call, keywords after a
# star, positionals after a star, the evaluation order of arguments mixed
# with unpacking, unpacking of arbitrary iterables (generators, dicts, sets
# of one element, strings) and mappings (dict subclasses, custom mappings).
def show(*args, **kwargs):
    return args, kwargs


log = []


def val(tag, value):
    log.append(tag)
    return value


a = [1, 2]
b = (3,)
c = {"x": 1}
d = {"y": 2}
print(show(*a, *b, **c, **d))
print(show(0, *a, 5, *b, 6, k=1, **c, m=2, **d))
print(show(*a, key="after-star"), show(key="before", *a))
print(show(*"hi", *range(2), *(n * n for n in range(3))))
print(show(*{"k1": 1, "k2": 2}), show(**{"k1": 1, "k2": 2}))
print(show(*{42}), show(*b"ab"), show(*[]), show(**{}))

log.clear()
result = show(val("p1", 1), *val("s1", [2]), val("p2", 3), k=val("k1", 4),
              **val("d1", {"z": 5}), w=val("k2", 6))
print(result, log)


class Mapping:
    def __init__(self, data):
        self.data = data

    def keys(self):
        log.append("keys")
        return list(self.data)

    def __getitem__(self, key):
        log.append("get " + key)
        return self.data[key]


log.clear()
print(show(**Mapping({"u": 1, "v": 2})), log)


class Ordered(dict):
    pass


print(show(**Ordered(b=1, a=2)))


class Seq:
    def __iter__(self):
        log.append("iter")
        yield "s1"
        yield "s2"


log.clear()
print(show(*Seq(), *Seq()), log)


def target(a, b, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


print(target(*[1, 2], 3, e=5))
print(target(1, *(2, 3, 4), **{"e": 5, "f": 7}))
print(target(**{"a": 1, "b": 2, "c": 3}, e=0))
print(target(*range(1, 4), e="E", **{"d": "D"}))
print(max(*[3, 1], *[7], 2), print(*["printed", "via", "star"], sep="-"))

args = iter([10, 20, 30])
print(show(*args), show(*args))
nested = [[1, 2], [3]]
print(show(*nested), show(*nested[0], *nested[1]))
kw = {"sep": "|", "end": "!\n"}
print("a", "b", **kw)
