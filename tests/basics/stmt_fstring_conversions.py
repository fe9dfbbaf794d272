# f-string conversions and format specs: !s !r !a on str/non-ASCII/objects
# with custom __str__/__repr__/__format__, every spec field (fill, align
# incl. '=', sign, '#', '0', width, grouping ',' and '_', precision, type
# letters for int/float/str/complex/Decimal), and spec errors.
from decimal import Decimal


class Custom:
    def __str__(self):
        return "STR"

    def __repr__(self):
        return "REPR"

    def __format__(self, spec):
        return f"FORMAT[{spec}]"


c = Custom()
u = "café ☃"
tab = "tab\there"
print(f"{c}", f"{c!s}", f"{c!r}", f"{c!a}", f"{c:xyz}", f"{c!s:>6}", f"{c!r:*^8}")
print(f"{u}", f"{u!r}", f"{u!a}", f"{u!s:>10}|", f"{'q'!r}", f"{tab!r}")
print(f"{'a' 'b'!r}", f"{None!r}", f"{1.5!s}", f"{[u]!a}", f"{b'x'!r}", f"{b'x'}")
n = 1234567
print(f"{n:d}|{n:10d}|{n:<10d}|{n:^10d}|{n:>10d}|{n:010d}|{n:,}|{n:_}|{n:_x}|{n:,d}")
print(f"{n:+d}|{-n:+d}|{n: d}|{-n: d}|{n:-d}|{-n:=12d}|{-n:*=12d}|{n:#x}|{n:#X}|{n:#o}|{n:#b}")
print(f"{255:x}|{255:X}|{255:o}|{255:b}|{255:c}|{65:c}|{255:n}|{255:08b}|{-255:#010x}|{255:e}")
x = 3.14159265358979
print(f"{x}|{x:f}|{x:.2f}|{x:10.3f}|{x:<10.3f}|{x:^10.1f}|{x:+.2f}|{-x: .2f}|{x:010.2f}")
print(f"{x:e}|{x:.3E}|{x:g}|{x:.3g}|{x:G}|{1e-7:g}|{1e16:g}|{1.0:g}|{x:%}|{0.1234:.1%}")
print(f"{1234.5678:,.2f}|{1234.5678:_.1f}|{0.000012345:.3e}|{100.0:.0f}|{2.5:.0f}|{3.5:.0f}|{x:.0e}")
print(f"{float('inf'):f}|{float('-inf'):10}|{float('nan'):+f}|{float('inf'):E}|{-0.0:f}|{-0.0:+.1f}|{0.0:+.1f}")
print(f"{1.5:#.0f}|{1.0:#g}|{12:#.3g}|{123456789.0:g}|{1e-5:.2g}|{x:z.2f}|{-0.001:z.1f}|{-0.001:.1f}")
s = "text"
print(f"{s:10}|{s:>10}|{s:^10}|{s:-^11}|{s:.2}|{s:>8.3}|{s:s}|{s!r:>10}|{'':*<3}|")
z = 3 - 4j
print(f"{z}|{z:.1f}|{z:>15}|{z:+.2e}|{z:g}|{1j:}|{complex(1.5, 0):.2f}")
dec = Decimal("1234.5678")
print(f"{dec}|{dec:.2f}|{dec:,.3f}|{dec:e}|{dec:>12}|{dec:%}|{Decimal('-0'):f}")
print(f"{True}|{True:d}|{True:>6}|{False!r}|{True:.2f}|{None!s:>6}|{True:x}")
for label, thunk in (("int with s", lambda: f"{5:s}"), ("str with d", lambda: f"{'a':d}"),
                     ("float with d", lambda: f"{1.5:d}"), ("bad spec", lambda: f"{5:abc}"),
                     ("comma+s", lambda: f"{'x':,}"), ("c too big", lambda: f"{2**40:c}"),
                     ("precision int", lambda: f"{5:.2d}"), ("sign on str", lambda: f"{'x':+}"),
                     ("object spec", lambda: f"{object():>5}"), ("complex =", lambda: f"{z:=10}"),
                     ("double grouping", lambda: f"{5:,_}")):
    try:
        print(label, thunk())
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
print(format(n, ","), format(x, ".1f"), format(c, "spec"), format(s), format(z, "") == str(z))
