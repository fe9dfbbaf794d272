# Binary operator dispatch: __add__ then reflected __radd__ when the left
# returns NotImplemented or lacks the method, the subclass-first rule
# (right operand's reflected method tried first when it is a subclass that
# overrides it), rich comparisons reflecting (__lt__ <-> __gt__, __eq__
# symmetric, != falling back to not ==), __matmul__/__pow__ with three
# args, and the TypeError messages when both sides give up.
log = []


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

    def __add__(self, other):
        log.append(f"{self!r}.__add__")
        if isinstance(other, (int, Num)):
            return type(self)(self.v + (other.v if isinstance(other, Num) else other))
        return NotImplemented

    def __radd__(self, other):
        log.append(f"{self!r}.__radd__")
        if isinstance(other, int):
            return type(self)(other + self.v)
        return NotImplemented

    def __lt__(self, other):
        log.append(f"{self!r}.__lt__")
        return self.v < other.v if isinstance(other, Num) else NotImplemented

    def __eq__(self, other):
        log.append(f"{self!r}.__eq__")
        return self.v == other.v if isinstance(other, Num) else NotImplemented

    __hash__ = None

    def __pow__(self, exp, mod=None):
        return f"pow({self.v}, {exp}, {mod})"

    def __rpow__(self, base):
        return f"rpow({base}, {self.v})"

    def __matmul__(self, other):
        return f"matmul {self.v}@{other}"


class Sub(Num):
    def __radd__(self, other):
        log.append(f"{self!r}.__radd__ (sub)")
        return Sub(-1)


def show(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        result = f"{type(e).__name__}: {e}"
    print(f"{label:<12} {result!r:<42} {log}")
    log.clear()


show("N + N", lambda: Num(1) + Num(2))
show("N + 5", lambda: Num(1) + 5)
show("5 + N", lambda: 5 + Num(1))
show("N + 's'", lambda: Num(1) + "s")
show("'s' + N", lambda: "s" + Num(1))
show("N + Sub", lambda: Num(1) + Sub(2))
show("Sub + N", lambda: Sub(2) + Num(1))
show("N < N", lambda: Num(1) < Num(2))
show("N > N", lambda: Num(1) > Num(2))
show("N < 5", lambda: Num(1) < 5)
show("5 > N", lambda: 5 > Num(1))
show("N == N", lambda: Num(1) == Num(1))
show("N != N", lambda: Num(1) != Num(2))
show("N == 's'", lambda: Num(1) == "s")
show("'s' == N", lambda: "s" == Num(1))
show("N <= N", lambda: Num(1) <= Num(1))
show("N ** 2", lambda: Num(3) ** 2)
show("pow(N,2,5)", lambda: pow(Num(3), 2, 5))
show("2 ** N", lambda: 2 ** Num(3))
show("N @ 4", lambda: Num(1) @ 4)
show("4 @ N", lambda: 4 @ Num(1))
show("N - N", lambda: Num(1) - Num(2))
show("hash(N)", lambda: hash(Num(1)))
show("sum", lambda: sum([Num(1), Num(2)]))
show("sorted", lambda: sorted([Num(3), Num(1), Num(2)]))
print(Num(1) in [Num(0), Num(1)], log)
log.clear()
print(NotImplemented.__class__.__name__, (1).__add__("x"), "x".__mul__(2), [1].__eq__((1,)), (1).__eq__(1.0))
