# Unpacking errors: too many / not enough values (messages with counts,
# also for iterators where the count is unknown), starred with too few,
# non-iterables, errors raised by the iterator mid-unpack, partially
# assigned targets, dict and str sources. Ends with an uncaught
# ValueError from unpacking.
def attempt(label, thunk):
    try:
        result = thunk()
    except (ValueError, TypeError, RuntimeError) as e:
        print(f"{label:<24} {type(e).__name__}: {e}")
    else:
        print(f"{label:<24} ok {result}")


def u2(src):
    a, b = src
    return a, b


def u3(src):
    a, b, c = src
    return a, b, c


def star(src):
    a, b, *c, d = src
    return a, b, c, d


def nested(src):
    (a, b), c = src
    return a, b, c


attempt("list 3 into 2", lambda: u2([1, 2, 3]))
attempt("list 1 into 2", lambda: u2([1]))
attempt("tuple 3 into 2", lambda: u2((1, 2, 3)))
attempt("tuple 1 into 3", lambda: u3((1,)))
attempt("tuple ok", lambda: u3((1, 2, 3)))
attempt("tuple star too few", lambda: star((1, 2)))
attempt("tuple star", lambda: star((1, 2, 3, 4, 5)))
attempt("tuple nested bad", lambda: nested(((1,), 2)))
attempt("empty into 2", lambda: u2([]))
attempt("str into 3", lambda: u3("ab"))
attempt("str 4 into 3", lambda: u3("abcd"))
attempt("iter too many", lambda: u2(iter([1, 2, 3])))
attempt("iter too few", lambda: u3(iter([1])))
attempt("gen too many", lambda: u2(x for x in range(10)))
attempt("dict too many", lambda: u2({1: 1, 2: 2, 3: 3}))
attempt("star too few", lambda: star([1, 2]))
attempt("star just enough", lambda: star([1, 2, 3]))
attempt("star iter too few", lambda: star(iter("ab")))
attempt("int", lambda: u2(5))
attempt("None", lambda: u2(None))
attempt("float star", lambda: star(1.5))
attempt("nested inner bad", lambda: nested([(1, 2, 3), 4]))
attempt("nested inner int", lambda: nested([1, 2]))
attempt("nested ok", lambda: nested([(1, 2), 3]))
attempt("set 2", lambda: sorted(u2({7, 8})))
attempt("range too many", lambda: u2(range(5)))
attempt("bytes", lambda: u3(b"xyz"))


def exploding():
    yield 1
    raise RuntimeError("iterator failed")


attempt("iterator raises", lambda: u2(exploding()))
a = b = "unchanged"
try:
    a, b = [1, 2, 3]
except ValueError:
    pass
print(a, b)
lst = ["old", "old"]
try:
    lst[0], lst[1] = 1, 2, 3
except ValueError:
    pass
print(lst)


class Target:
    def __setattr__(self, name, value):
        print("  set", name, value)
        if name == "bad":
            raise AttributeError("cannot set bad")
        object.__setattr__(self, name, value)


t = Target()
try:
    t.good, t.bad, t.later = 1, 2, 3
except AttributeError as e:
    print(type(e).__name__, e, vars(t))
pairs = [(1, 2), (3, 4), (5, 6, 7)]
total = 0
try:
    for x, y in pairs:
        total += x * y
except ValueError as e:
    print(type(e).__name__, e, total)
record = "alice,30,extra"
name, age = record.split(",")
print(name, age)
