# Exceptions raised from special methods invoked implicitly: __eq__ during
# `in` and list.index/count/remove, __hash__ during dict/set insertion,
# __lt__ during sorted (the list is left in some valid state), __iter__/
# __next__ in for loops and unpacking, __len__ in bool(), __getitem__
# with IndexError ending old-style iteration, __index__ in slicing,
# __format__ in f-strings, __init__ after __new__, __set_name__, and
# __init_subclass__. Each error is caught and reported with its context.
class Angry:
    def __init__(self, label, fail_on=()):
        self.label = label
        self.fail_on = fail_on

    def __eq__(self, other):
        if "eq" in self.fail_on:
            raise RuntimeError(f"eq of {self.label}")
        return isinstance(other, Angry) and other.label == self.label

    def __hash__(self):
        if "hash" in self.fail_on:
            raise TypeError(f"hash of {self.label}")
        return hash(self.label)

    def __lt__(self, other):
        if "lt" in self.fail_on or "lt" in other.fail_on:
            raise ValueError(f"lt {self.label} {other.label}")
        return self.label < other.label

    def __len__(self):
        if "len" in self.fail_on:
            raise OverflowError("len failed")
        return 1

    def __format__(self, spec):
        if spec == "bad":
            raise KeyError(spec)
        return f"<{self.label}:{spec}>"

    def __index__(self):
        raise IndexError("no index")

    def __repr__(self):
        return self.label


def attempt(description, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{description}: {type(e).__name__}: {e}")
    else:
        print(f"{description}: ok {result!r}")


ok = Angry("ok")
bad_eq = Angry("bad_eq", ("eq",))
attempt("in list (ok first)", lambda: Angry("ok") in [ok, bad_eq])
attempt("in list (bad first)", lambda: ok in [bad_eq, ok])
attempt("list.index", lambda: [1, 2].index(bad_eq))
attempt("list.count", lambda: [ok, ok].count(bad_eq))
attempt("identity short-cut", lambda: bad_eq in [bad_eq])
attempt("dict insert", lambda: {Angry("h", ("hash",)): 1})
attempt("set add", lambda: {ok, Angry("h", ("hash",))})
attempt("dict lookup eq", lambda: {ok: 1}[Angry("ok", ("eq",))])
items = [Angry("c"), Angry("a"), Angry("b", ("lt",)), Angry("d")]
attempt("sorted", lambda: sorted(items))
attempt("list.sort keeps all items", lambda: (items.sort(), None)[1])
print(sorted(i.label for i in items))
attempt("min", lambda: min(items))
attempt("bool via len", lambda: bool(Angry("x", ("len",))))
attempt("len", lambda: len(Angry("x", ("len",))))
attempt("format ok", lambda: f"{ok:spec}")
attempt("format bad", lambda: f"{ok:bad}")
attempt("slice index", lambda: [1, 2, 3][ok:])
attempt("range index", lambda: range(ok))


class BadIter:
    def __init__(self, fail_at):
        self.fail_at = fail_at
        self.n = 0

    def __iter__(self):
        if self.fail_at == "iter":
            raise PermissionError("iter refused")
        return self

    def __next__(self):
        self.n += 1
        if self.n == self.fail_at:
            raise ConnectionError(f"next #{self.n}")
        if self.n > 3:
            raise StopIteration
        return self.n


attempt("list(iter fails)", lambda: list(BadIter("iter")))
attempt("list(next fails)", lambda: list(BadIter(2)))
attempt("unpack", lambda: [a for a, *rest in [BadIter(3)]])
attempt("star unpack", lambda: (lambda *args: args)(*BadIter(1)))
attempt("sum", lambda: sum(BadIter(99)))


class Constructed:
    def __new__(cls, fail):
        print("  __new__ runs")
        return super().__new__(cls)

    def __init__(self, fail):
        if fail:
            raise AttributeError("init failed after new")
        self.ready = True


attempt("construct ok", lambda: Constructed(False).ready)
attempt("construct fails", lambda: Constructed(True))


class Descriptor:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")


def define():
    class Owner:
        attr = Descriptor()
    return Owner


attempt("__set_name__", define)


class Strict:
    def __init_subclass__(cls, /, required, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.required = required


def define_sub(**kwargs):
    class Sub(Strict, **kwargs):
        pass
    return Sub.required


attempt("__init_subclass__ ok", lambda: define_sub(required=5))
attempt("__init_subclass__ missing", lambda: define_sub())
attempt("__init_subclass__ extra", lambda: define_sub(required=1, extra=2))
