# Default values are evaluated once, when the def statement runs: mutable
# defaults shared across calls, the None-sentinel idiom, defaults computed
# from expressions with side effects, defaults captured from names that
# later change, and defaults of functions defined in a loop.
trace = []


def noisy(value):
    trace.append(value)
    return value


def appender(item, bucket=[]):
    bucket.append(item)
    return bucket


print(appender(1), appender(2), appender(3, []), appender(4))
print(appender.__defaults__)


def safe_appender(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe_appender(1), safe_appender(2))


def counter(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d["calls"]


print([counter() for _ in range(4)], counter({}))

print("before def", trace)


def evaluated(a=noisy("a-default"), *, b=noisy("b-default")):
    return a, b


print("after def", trace)
evaluated()
evaluated()
print("after calls", trace, evaluated())

limit = 10


def uses_limit(x=limit):
    return x


limit = 20
print("captured default:", uses_limit(), "global now:", limit)

makers = []
for i in range(3):
    def make(n=i):
        return n * 100
    makers.append(make)
print([m() for m in makers], [m(1) for m in makers])


def set_default(s=set()):
    s.add(len(s))
    return sorted(s)


print(set_default(), set_default(), set_default())


class Holder:
    def method(self, log=[]):
        log.append(type(self).__name__)
        return log


h1, h2 = Holder(), Holder()
print(h1.method(), h2.method())
print(Holder.method.__defaults__[0] is h1.method.__defaults__[0])


def nested_default(x=[[0]]):
    x[0][0] += 1
    return x[0][0]


print(nested_default(), nested_default(), nested_default([[10]]), nested_default())


def order_of_defaults(a=noisy(1), b=noisy(2), *, c=noisy(3), d=noisy(4)):
    pass


print("evaluation order:", trace[-4:])
