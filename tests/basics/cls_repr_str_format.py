# __repr__, __str__ and __format__: str() falling back to __repr__, repr()
# not falling back to __str__, containers using repr of elements, f-string
# conversions !r !s !a, format specs passed to __format__, the default
# object.__format__ rejecting non-empty specs, errors from non-str returns.
class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "both-str"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "str-only"


b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print(StrOnly(), repr(StrOnly()).startswith("<__main__.StrOnly object at "))
print(f"{b} {b!r} {b!s} {b!a}", "%s %r" % (b, b), "{} {!r}".format(b, b))


class Unicode:
    def __repr__(self):
        return "Ünï"


print(repr(Unicode()), ascii(Unicode()), f"{Unicode()!a}")


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        print("  __format__ spec=%r" % spec)
        if spec == "":
            return f"${self.amount}"
        if spec.endswith("c"):
            return f"{int(self.amount * 100)} cents"
        return "$" + format(self.amount, spec)

    def __str__(self):
        return "Money str"


m = Money(3.5)
print(f"{m}", f"{m:.2f}", f"{m:c}", f"{m:>10.1f}", format(m), "{:08.3f}".format(m))
print(f"{m!s}", f"{m!s:>12}", str(m))
width = 6
print(f"{m:{width}.1f}")


class NoFormat:
    def __str__(self):
        return "nf"


print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return 42


class BadRepr:
    def __repr__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 1


for fn, obj in [(str, BadStr()), (repr, BadRepr()), (format, BadFormat()), (print, BadStr())]:
    try:
        fn(obj)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("fstring", type(e).__name__, e)


class StrSub(str):
    def __str__(self):
        return "StrSub.__str__"

    def __repr__(self):
        return "StrSub.__repr__"


s = StrSub("raw")
print(s, str(s), repr(s), f"{s}", "%s" % s, s + "!", [s])


class IntSub(int):
    def __repr__(self):
        return "IntSub!"


print(IntSub(5), str(IntSub(5)), f"{IntSub(5)}", f"{IntSub(5):03d}", repr(IntSub(5)))
