# Augmented assignment (x op= y) to a local, a list item and an attribute,
# for every arithmetic and bitwise operator over small/medium/wide ints,
# floats (nan, inf, -0.0, denormals), int/float mixes, bools and subclasses,
# zero divisors and shift-count edges; then the in-place protocol for
# non-numbers (list/set/dict/bytearray identity, __iadd__ returning
# NotImplemented, __radd__ fallbacks) and the TypeError messages.

EDGES = [0, 1, -1, 2, -2, 7, -7, 255, 256, 257, -5, -6,
         2**30 - 1, -(2**30 - 1), 2**30, -(2**30), 2**31, 2**62, -(2**63)]
RIGHT = [0, 1, -1, 2, -2, 7, -7, 255, -5, 2**30 - 1, -(2**30), 2**31,
         -(2**63)]


def show(label, func, a, b):
    try:
        result = func(a, b)
    except Exception as e:
        print(label, repr(a), repr(b), "->", type(e).__name__, e)
    else:
        print(label, repr(a), repr(b), "->", type(result).__name__, repr(result))


# Local variable targets.
def l_add(a, b):
    x = a
    x += b
    return x


def l_sub(a, b):
    x = a
    x -= b
    return x


def l_mul(a, b):
    x = a
    x *= b
    return x


def l_div(a, b):
    x = a
    x /= b
    return x


def l_floordiv(a, b):
    x = a
    x //= b
    return x


def l_mod(a, b):
    x = a
    x %= b
    return x


def l_lshift(a, b):
    x = a
    x <<= b
    return x


def l_rshift(a, b):
    x = a
    x >>= b
    return x


def l_and(a, b):
    x = a
    x &= b
    return x


def l_or(a, b):
    x = a
    x |= b
    return x


def l_xor(a, b):
    x = a
    x ^= b
    return x


# List item targets.
def i_add(a, b):
    lst = [a]
    lst[0] += b
    return lst[0]


def i_sub(a, b):
    lst = [a]
    lst[0] -= b
    return lst[0]


def i_mul(a, b):
    lst = [a]
    lst[0] *= b
    return lst[0]


def i_div(a, b):
    lst = [a]
    lst[0] /= b
    return lst[0]


def i_floordiv(a, b):
    lst = [a]
    lst[0] //= b
    return lst[0]


def i_mod(a, b):
    lst = [a]
    lst[0] %= b
    return lst[0]


def i_lshift(a, b):
    lst = [a]
    lst[0] <<= b
    return lst[0]


def i_rshift(a, b):
    lst = [a]
    lst[0] >>= b
    return lst[0]


def i_and(a, b):
    lst = [a]
    lst[0] &= b
    return lst[0]


def i_or(a, b):
    lst = [a]
    lst[0] |= b
    return lst[0]


def i_xor(a, b):
    lst = [a]
    lst[0] ^= b
    return lst[0]


# Attribute targets.
class Box:
    def __init__(self, v):
        self.v = v


def a_add(a, b):
    obj = Box(a)
    obj.v += b
    return obj.v


def a_sub(a, b):
    obj = Box(a)
    obj.v -= b
    return obj.v


def a_mul(a, b):
    obj = Box(a)
    obj.v *= b
    return obj.v


def a_div(a, b):
    obj = Box(a)
    obj.v /= b
    return obj.v


def a_floordiv(a, b):
    obj = Box(a)
    obj.v //= b
    return obj.v


def a_mod(a, b):
    obj = Box(a)
    obj.v %= b
    return obj.v


def a_lshift(a, b):
    obj = Box(a)
    obj.v <<= b
    return obj.v


def a_rshift(a, b):
    obj = Box(a)
    obj.v >>= b
    return obj.v


def a_and(a, b):
    obj = Box(a)
    obj.v &= b
    return obj.v


def a_or(a, b):
    obj = Box(a)
    obj.v |= b
    return obj.v


def a_xor(a, b):
    obj = Box(a)
    obj.v ^= b
    return obj.v


LOCAL_OPS = [("+=", l_add), ("-=", l_sub), ("*=", l_mul), ("/=", l_div),
             ("//=", l_floordiv), ("%=", l_mod), ("&=", l_and),
             ("|=", l_or), ("^=", l_xor)]
ITEM_OPS = [("[0]+=", i_add), ("[0]-=", i_sub), ("[0]*=", i_mul),
            ("[0]/=", i_div), ("[0]//=", i_floordiv), ("[0]%=", i_mod),
            ("[0]&=", i_and), ("[0]|=", i_or), ("[0]^=", i_xor)]
ATTR_OPS = [(".v+=", a_add), (".v-=", a_sub), (".v*=", a_mul),
            (".v/=", a_div), (".v//=", a_floordiv), (".v%=", a_mod),
            (".v&=", a_and), (".v|=", a_or), (".v^=", a_xor)]

for label, func in LOCAL_OPS:
    for a in EDGES:
        for b in RIGHT:
            show(label, func, a, b)

for ops in (ITEM_OPS, ATTR_OPS):
    for label, func in ops:
        for a in [0, 1, -1, 7, -7, 2**30 - 1, -(2**30), 2**62, -(2**63)]:
            for b in [0, 1, -1, 3, -2, 2**30 - 1, -(2**30), 2**31]:
                show(label, func, a, b)

# Shifts: counts around the digit and word sizes, negative counts, huge
# counts (right shifts of anything and left shifts of zero stay cheap).
SHIFT_VALUES = [0, 1, -1, 5, -5, 255, 2**30 - 1, -(2**30 - 1), 2**30,
                -(2**30), 2**40, -(2**63)]
SHIFT_COUNTS = [0, 1, 2, 29, 30, 31, 32, 33, 63, 64, 100, -1, -(2**63)]
for shift_ops in ([("<<=", l_lshift), (">>=", l_rshift)],
                  [("[0]<<=", i_lshift), ("[0]>>=", i_rshift)],
                  [(".v<<=", a_lshift), (".v>>=", a_rshift)]):
    for label, func in shift_ops:
        for a in SHIFT_VALUES:
            for shift in SHIFT_COUNTS:
                show(label, func, a, shift)
for a in [0, 1, -1, 2**40, -(2**40)]:
    for shift in [2**62, 2**63, 2**100]:
        show(">>=", l_rshift, a, shift)
    for shift in [-(2**62), -(2**100)]:
        show("<<=", l_lshift, a, shift)
        show(">>=", l_rshift, a, shift)
for shift in [2**62, 2**63, 2**100]:
    show("<<=", l_lshift, 0, shift)
show("<<=", l_lshift, 1.0, 2)
show(">>=", l_rshift, 8, 1.0)
show("<<=", l_lshift, True, True)
show(">>=", l_rshift, True, False)

# Floats with floats and ints, both ways round.
nan = float("nan")
inf = float("inf")
FLOATS = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, inf, -inf, nan]
INTS = [0, 1, -1, 3, 2**30 - 1, 2**53 + 1, 2**62, 10**400]
FLOAT_OPS = [op for op in LOCAL_OPS if op[0] not in ("&=", "|=", "^=")]
for label, func in FLOAT_OPS:
    for f in FLOATS:
        for other in FLOATS + INTS[:5]:
            show(label, func, f, other)
        for other in INTS:
            show(label, func, other, f)
for label, func in ITEM_OPS[:6] + ATTR_OPS[:6]:
    for f in [-0.0, 1.5, 1e308, inf, nan]:
        for other in [0, -1, 0.0, 2.5, 10**400]:
            show(label, func, f, other)
            show(label, func, other, f)

# Bools: in-place arithmetic gives ints, bitwise on two bools keeps bool.
for label, func in LOCAL_OPS + [("<<=", l_lshift), (">>=", l_rshift)]:
    for a in [True, False]:
        for b in [True, False, 2, -1, 1.5]:
            show(label, func, a, b)


# Subclasses of int and float, with and without their own operators.
class PlainInt(int):
    pass


class PlainFloat(float):
    pass


class AddInt(int):
    def __add__(self, other):
        return "AddInt.__add__(%r)" % (other,)

    def __radd__(self, other):
        return "AddInt.__radd__(%r)" % (other,)


class IAddInt(int):
    def __iadd__(self, other):
        return "IAddInt.__iadd__(%r)" % (other,)

    def __isub__(self, other):
        return NotImplemented


class RSubFloat(float):
    def __rsub__(self, other):
        return "RSubFloat.__rsub__(%r)" % (other,)

    def __imul__(self, other):
        return "RSubFloat.__imul__(%r)" % (other,)


def describe(value):
    return "%s(%r)" % (type(value).__name__, value)


for a, b in [(PlainInt(5), 3), (3, PlainInt(5)), (PlainInt(5), PlainInt(2)),
             (PlainFloat(1.5), 2), (2, PlainFloat(1.5)),
             (PlainFloat(1.5), PlainFloat(0.5)), (PlainInt(5), 0),
             (AddInt(5), 3), (3, AddInt(5)), (AddInt(5), 1.5),
             (IAddInt(5), 3), (3, IAddInt(5)),
             (RSubFloat(2.5), 1), (1, RSubFloat(2.5)),
             (RSubFloat(2.5), 2.0), (True, AddInt(1))]:
    for label, func in (LOCAL_OPS[:6] + ITEM_OPS[:3] + ATTR_OPS[:3]):
        try:
            result = func(a, b)
        except Exception as e:
            print(label, describe(a), describe(b), "->",
                  type(e).__name__, e)
        else:
            print(label, describe(a), describe(b), "->", describe(result))

# Zero divisors through every target kind.
for func in (l_div, l_floordiv, l_mod, i_div, i_floordiv, i_mod,
             a_div, a_floordiv, a_mod):
    for a in [0, 7, -7, 2**62, 1.5, -0.0, nan, True]:
        for b in [0, 0.0, -0.0, False]:
            show(func.__name__, func, a, b)


# --- Non-number in-place protocol ---

def list_extend_cases():
    x = [1, 2]
    original = x
    x += [3]
    print("list += list", x, x is original)
    x += (4, 5)
    print("list += tuple", x, x is original)
    x += (i * i for i in range(3))
    print("list += generator", x, x is original)
    x += "ab"
    print("list += str", x, x is original)
    x += range(2)
    print("list += range", x, x is original)
    x += {7: "a"}
    print("list += dict", x, x is original)
    x += x
    print("list += itself", x, x is original)
    x *= 2
    print("list *= 2", len(x), x[:4], x is original)
    x *= 0
    print("list *= 0", x, x is original)
    y = [1, 2]
    y *= -3
    print("list *= -3", y)
    y = [None]
    y *= True
    print("list *= True", y)
    try:
        y *= 1.5
    except TypeError as e:
        print("TypeError", e)
    try:
        y += 5
    except TypeError as e:
        print("TypeError", e)
    holder = [[1]]
    inner = holder[0]
    holder[0] += [2]
    print("item list +=", holder, holder[0] is inner)
    box = Box([1])
    inner = box.v
    box.v += [3]
    print("attr list +=", box.v, box.v is inner)


list_extend_cases()


def immutable_cases():
    s = "ab"
    original = s
    s += "cd"
    print("str += str", repr(s), original)
    s += ""
    print("str += empty", repr(s))
    s *= 3
    print("str *= 3", repr(s))
    t = (1, 2)
    original = t
    t += (3,)
    print("tuple += tuple", t, original, t is original)
    t *= 2
    print("tuple *= 2", t)
    try:
        t += [4]
    except TypeError as e:
        print("TypeError", e)
    b = b"ab"
    b += b"cd"
    print("bytes += bytes", b)
    b += bytearray(b"ef")
    print("bytes += bytearray", b)
    b += memoryview(b"gh")
    print("bytes += memoryview", b)
    try:
        b += "x"
    except TypeError as e:
        print("TypeError", e)
    ba = bytearray(b"xy")
    original = ba
    ba += b"z"
    print("bytearray += bytes", ba, ba is original)
    ba += bytearray(b"w")
    print("bytearray += bytearray", ba, ba is original)
    ba *= 2
    print("bytearray *= 2", ba, ba is original)
    try:
        ba += [1]
    except TypeError as e:
        print("TypeError", e)
    f = "%s-%d"
    f %= ("a", 3)
    print("str %= tuple", repr(f))
    f = "%5.2f|%-4s|%x"
    f %= (3.14159, "ab", 255)
    print("str %= tuple", repr(f))
    f = "%r"
    f %= ((1, 2),)
    print("str %= nested", repr(f))
    f = "%(a)s/%(b)d"
    f %= {"a": "x", "b": 7}
    print("str %= dict", repr(f))
    f = "%s"
    f %= "single"
    print("str %= str", repr(f))
    try:
        f = "%s %s"
        f %= ("one",)
    except TypeError as e:
        print("TypeError", e)
    try:
        f = "%d"
        f %= "x"
    except TypeError as e:
        print("TypeError", e)
    fb = b"%s=%d"
    fb %= (b"k", 9)
    print("bytes %= tuple", fb)


immutable_cases()


def set_dict_cases():
    s = {1, 2, 3}
    original = s
    s |= {3, 4}
    print("set |=", sorted(s), s is original)
    s &= {2, 3, 4, 5}
    print("set &=", sorted(s), s is original)
    s ^= {4, 9}
    print("set ^=", sorted(s), s is original)
    s -= {9}
    print("set -=", sorted(s), s is original)
    s |= frozenset({10})
    print("set |= frozenset", sorted(s), s is original)
    try:
        s |= [1]
    except TypeError as e:
        print("TypeError", e)
    try:
        s += {1}
    except TypeError as e:
        print("TypeError", e)
    fs = frozenset({1, 2})
    original = fs
    fs |= {3}
    print("frozenset |=", sorted(fs), fs is original, sorted(original))
    fs -= {1}
    print("frozenset -=", sorted(fs))
    d = {"a": 1}
    original = d
    d |= {"b": 2}
    print("dict |= dict", d, d is original)
    d |= [("c", 3), ("a", 0)]
    print("dict |= pairs", d, d is original)
    try:
        d |= 5
    except TypeError as e:
        print("TypeError", e)
    try:
        d += {"z": 1}
    except TypeError as e:
        print("TypeError", e)
    holder = [{1}]
    inner = holder[0]
    holder[0] |= {2}
    print("item set |=", sorted(holder[0]), holder[0] is inner)
    box = Box({"k": 1})
    inner = box.v
    box.v |= {"j": 2}
    print("attr dict |=", box.v, box.v is inner)


set_dict_cases()


# User classes and the in-place protocol order.
class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  OnlyAdd.__add__", other)
        return OnlyAdd(self.v + other)

    def __repr__(self):
        return "OnlyAdd(%r)" % (self.v,)


class NotImplIAdd:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("  NotImplIAdd.__iadd__", other)
        return NotImplemented

    def __add__(self, other):
        print("  NotImplIAdd.__add__", other)
        if isinstance(other, int):
            return NotImplIAdd(self.v + other)
        return NotImplemented

    def __repr__(self):
        return "NotImplIAdd(%r)" % (self.v,)


class RightAdd:
    def __repr__(self):
        return "RightAdd()"

    def __radd__(self, other):
        print("  RightAdd.__radd__", other)
        return "radd-result"


class OtherIAdd:
    def __iadd__(self, other):
        print("  OtherIAdd.__iadd__", other)
        return ["replacement", other]


class NoneIAdd:
    def __iadd__(self, other):
        return None


class Everything:
    def __iadd__(self, other):
        return "iadd"

    def __isub__(self, other):
        return "isub"

    def __imul__(self, other):
        return "imul"

    def __itruediv__(self, other):
        return "itruediv"

    def __ifloordiv__(self, other):
        return "ifloordiv"

    def __imod__(self, other):
        return "imod"

    def __ilshift__(self, other):
        return "ilshift"

    def __irshift__(self, other):
        return "irshift"

    def __iand__(self, other):
        return "iand"

    def __ior__(self, other):
        return "ior"

    def __ixor__(self, other):
        return "ixor"

    def __ipow__(self, other):
        return "ipow"

    def __imatmul__(self, other):
        return "imatmul"


class Reflected:
    def __radd__(self, other):
        return "radd(%r)" % (other,)

    def __rsub__(self, other):
        return "rsub(%r)" % (other,)

    def __rmul__(self, other):
        return "rmul(%r)" % (other,)

    def __rtruediv__(self, other):
        return "rtruediv(%r)" % (other,)

    def __rfloordiv__(self, other):
        return "rfloordiv(%r)" % (other,)

    def __rmod__(self, other):
        return "rmod(%r)" % (other,)

    def __rlshift__(self, other):
        return "rlshift(%r)" % (other,)

    def __rrshift__(self, other):
        return "rrshift(%r)" % (other,)

    def __rand__(self, other):
        return "rand(%r)" % (other,)

    def __ror__(self, other):
        return "ror(%r)" % (other,)

    def __rxor__(self, other):
        return "rxor(%r)" % (other,)


def protocol_cases():
    x = OnlyAdd(1)
    original = x
    x += 2
    print("no __iadd__ ->", x, x is original)
    x = NotImplIAdd(1)
    original = x
    x += 5
    print("NotImplemented __iadd__ ->", x, x is original)
    x = NotImplIAdd(1)
    x += RightAdd()
    print("__iadd__, __add__ NotImplemented, __radd__ ->", x)
    x = NotImplIAdd(1)
    try:
        x += "s"
    except TypeError as e:
        print("TypeError", e)
    x = OtherIAdd()
    x += 3
    print("__iadd__ returns other object ->", x)
    lst = [OtherIAdd()]
    lst[0] += 4
    print("item __iadd__ returns other object ->", lst)
    box = Box(OtherIAdd())
    box.v += 5
    print("attr __iadd__ returns other object ->", box.v)
    x = NoneIAdd()
    x += 1
    print("__iadd__ returns None ->", x)
    x = 1
    x += RightAdd()
    print("int += RightAdd ->", x)
    x = [1]
    x += RightAdd()
    print("list += RightAdd ->", x)
    x = "s"
    x += RightAdd()
    print("str += RightAdd ->", x)

    results = []
    for left in (Everything(),):
        x = left
        x += 1
        results.append(x)
        x = left
        x -= 1
        results.append(x)
        x = left
        x *= 1
        results.append(x)
        x = left
        x /= 1
        results.append(x)
        x = left
        x //= 1
        results.append(x)
        x = left
        x %= 1
        results.append(x)
        x = left
        x <<= 1
        results.append(x)
        x = left
        x >>= 1
        results.append(x)
        x = left
        x &= 1
        results.append(x)
        x = left
        x |= 1
        results.append(x)
        x = left
        x ^= 1
        results.append(x)
        x = left
        x **= 1
        results.append(x)
        x = left
        x @= 1
        results.append(x)
    print("Everything", results)

    for left in (7, -3, 2**62, 1.5, True, [1], (2,)):
        results = []
        r = Reflected()
        x = left
        x += r
        results.append(x)
        x = left
        x -= r
        results.append(x)
        x = left
        x *= r
        results.append(x)
        x = left
        x /= r
        results.append(x)
        x = left
        x //= r
        results.append(x)
        x = left
        x %= r
        results.append(x)
        x = left
        x <<= r
        results.append(x)
        x = left
        x >>= r
        results.append(x)
        x = left
        x &= r
        results.append(x)
        x = left
        x |= r
        results.append(x)
        x = left
        x ^= r
        results.append(x)
        print("Reflected", repr(left), results)
    x = "s"
    x += Reflected()
    print("str += Reflected", x)
    x = "s"
    x -= Reflected()
    print("str -= Reflected", x)
    x = "s"
    x *= Reflected()
    print("str *= Reflected", x)
    x = "s"
    try:
        x %= Reflected()
    except TypeError as e:
        print("str %= Reflected -> TypeError", e)
    x = "%d"
    try:
        x %= Reflected()
    except TypeError as e:
        print("'%d' %= Reflected -> TypeError", e)


protocol_cases()


# Unsupported pairs: the TypeError message names the in-place operator.
def unsupported(label, func, a, b):
    try:
        result = func(a, b)
    except TypeError as e:
        print(label, repr(a), repr(b), "-> TypeError", e)
    else:
        print(label, repr(a), repr(b), "->", repr(result))


for label, func in LOCAL_OPS + [("<<=", l_lshift), (">>=", l_rshift)]:
    for a, b in [(1, "a"), ([], 1), ("a", 2), (1.5, "s"), (None, 1),
                 (1, None), ((1,), 1), ({1}, [1]), ({}, 1), (b"a", "a"),
                 (1.5, [1]), (2**62, None), (object(), 1)]:
        if type(a).__name__ == "object":
            func_label = label + " <object>"
            try:
                func(a, b)
            except TypeError as e:
                print(func_label, "-> TypeError", e)
            continue
        unsupported(label, func, a, b)
for label, func in ITEM_OPS[:3] + ATTR_OPS[:3]:
    for a, b in [(1, "a"), ([], 1), ("a", 2), (1.5, "s")]:
        unsupported(label, func, a, b)
try:
    x = 1
    x **= "a"
except TypeError as e:
    print("**= TypeError", e)
try:
    x = [1]
    x @= [2]
except TypeError as e:
    print("@= TypeError", e)


# Accumulating across the one-digit / two-digit / multi-digit boundaries.
def accumulate():
    total = 0
    for i in range(10):
        total += 2**29
        print("up", i, total)
    for i in range(12):
        total -= 2**29 + 1
        print("down", i, total)
    for i in range(8):
        total *= -(2**15 + 3)
        print("mul", i, total)
    for i in range(8):
        total //= 2**15 + 3
        print("floordiv", i, total)
    total = 1
    for i in range(70):
        total <<= 1
        if i % 7 == 0 or i > 60:
            print("shl", i, total)
    for i in range(70):
        total >>= 1
        if i % 7 == 0 or i > 60:
            print("shr", i, total)
    total = -(2**30)
    for i in range(4):
        total -= 1
        total += 1
        total -= 2**30
        print("neg", i, total)
    acc = 0
    for i in range(-40, 40):
        acc ^= i * (2**28 + 1)
        acc += i
        acc &= (2**40 - 1)
        acc |= 1
    print("mixed bits", acc)
    f = 0.0
    for i in range(20):
        f += 0.1
    print("float accumulate", repr(f))
    f = 1.0
    for i in range(1100):
        f *= 2.0
    print("float overflow to", repr(f))
    f -= f
    print("inf - inf", repr(f))


accumulate()
