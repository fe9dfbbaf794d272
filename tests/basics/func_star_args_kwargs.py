# *args and **kwargs: what the callee receives (a tuple and a fresh dict),
# combinations with named, defaulted and keyword-only parameters, keyword
# order preservation, forwarding wrappers, and that mutating the received
# kwargs does not touch the caller's mapping.
def collect(*args, **kwargs):
    return args, kwargs


a, k = collect()
print(a, k, type(a).__name__, type(k).__name__)
print(collect(1, 2, x=3))
print(collect(*range(3), *"ab", **{"z": 1}, y=2))


def combo(first, second=2, *args, key, option="o", **kwargs):
    return (first, second, args, key, option, kwargs)


print(combo(1, key="k"))
print(combo(1, 2, 3, 4, key="k", extra=1))
print(combo(first=1, key=2, zed=3))
print(combo(*[1, 2, 3], **{"key": 0, "option": "O", "more": True}))


def order(**kw):
    return list(kw)


print(order(c=1, a=2, b=3), order(**{"z": 1, "y": 2}, x=3, w=4))

source = {"p": 1, "q": 2}


def mutate(**kw):
    kw["p"] = "changed"
    kw["new"] = True
    return kw


print(mutate(**source), source)

items = [1, 2, 3]


def receives(*args):
    return args


got = receives(*items)
items.append(4)
print(got, type(got).__name__, got is receives(*got))


def forward(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print(forward(combo, 10, key=20), forward(max, 3, 9, 2), forward(sorted, [3, 1], reverse=True))


def count_args(*args, **kwargs):
    return len(args), len(kwargs)


print(count_args(*[], **{}), count_args(*[None] * 100, **{f"k{i}": i for i in range(50)}))


def kw_named_like_params(self, *args, **kwargs):
    return self, args, kwargs


print(kw_named_like_params(1, args=2, kwargs=3, other=4))


def defaults_and_star(a, b=2, *rest):
    return a, b, rest


print(defaults_and_star(1), defaults_and_star(1, 3), defaults_and_star(1, 3, 5, 7))
try:
    defaults_and_star(1, 2, 3, b=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(1, **{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
print(collect(**{"a": 1}, b=2), collect(**dict(x=1), **dict(y=2)))
