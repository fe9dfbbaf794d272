# IntEnum, StrEnum, Flag and IntFlag: integer behaviour and comparisons of
# IntEnum, arithmetic returning plain ints, str/format differences in 3.11,
# Flag combination with | & ^ ~, membership tests, iteration over a
# combined flag, boundary values, auto() with Flag powers of two, bad
# lookups.
import enum


class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority.HIGH + 1, type(Priority.HIGH + 1).__name__)
print(sorted([Priority.HIGH, Priority.LOW, 2]), max(Priority), [0, 10, 20, 30][Priority.MEDIUM])
print(str(Priority.LOW), repr(Priority.LOW), f"{Priority.LOW}", format(Priority.HIGH, "03d"), int(Priority.HIGH))
print(Priority(3), Priority["LOW"], isinstance(Priority.LOW, int))
try:
    Priority(0)
except ValueError as e:
    print(type(e).__name__, e)


class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = "w"


print(Mode.READ, Mode.READ == "read", Mode.WRITE.upper(), repr(Mode.WRITE), f"{Mode.WRITE}", Mode("w"))


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
    RW = R | W


print([(m.name, m.value) for m in Perm])
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(rw & Perm.W, rw ^ Perm.R, ~Perm.R, Perm(0), bool(Perm(0)), Perm(7))
print(list(Perm.R | Perm.X), list(Perm(7)), len(Perm(7)))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)


class Bits(enum.IntFlag):
    A = 1
    B = 2
    C = 4


ab = Bits.A | Bits.B
print(ab, repr(ab), ab == 3, ab | 8, type(ab | 8).__name__, Bits(9), Bits.A + 1)
print(Bits(0), ~Bits.A, list(Bits(7)), Bits.C in Bits(5), int(Bits.A | Bits.C))


class Strict(enum.Flag, boundary=enum.STRICT):
    P = 1
    Q = 2


try:
    Strict(4)
except ValueError as e:
    print(type(e).__name__, e)


class Conform(enum.Flag, boundary=enum.CONFORM):
    P = 1
    Q = 2


print(Conform(7), Conform(4))


class Weekday(enum.IntEnum):
    MON = 1
    TUE = 2

    @property
    def is_weekend(self):
        return False


print(Weekday.TUE.is_weekend, Weekday.MON.name, [d.value * 10 for d in Weekday])
print(enum.IntEnum.__mro__[1].__name__, issubclass(Bits, int), issubclass(Perm, int))
