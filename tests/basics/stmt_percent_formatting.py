# printf-style % formatting for str and bytes: %s %r %a %d %i %u %o %x %X
# %e %E %f %F %g %G %c %%, flags (- + space # 0), width and precision
# (also '*'), mapping keys %(name)s, tuple vs single argument pitfalls,
# and the TypeErrors/ValueErrors for wrong counts and types.
print("%s|%r|%a" % ("é", "é", "é"), "%d|%i|%u" % (42, -42, 7), "%o|%x|%X" % (8, 255, 255))
print("%e|%E|%f|%F|%g|%G" % (12345.678, 0.000123, 3.14159, float("inf"), 1e-10, 1e20))
print("%c%c|%%|%5s|%-5s|%.2s|%5.1s|" % (65, "B", "r", "l", "trunc", "xyz"))
print("%+d|% d|%05d|%-5d|%#o|%#x|%#X|%+.2f|%08.3f|%-8.2f|" % (5, 5, -42, 7, 8, 255, 255, 2.5, -3.14159, 1.0))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 3, 3.14159, 10, 2, 2.71828))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 33})
print("%(a)s %%(b)s" % {"a": 1}, "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % ((),))
print("%d" % 3.99, "%d" % True, "%x" % -255, "%i" % 10 ** 20, "%.3d" % 7, "%s" % None, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s %s" % ("tuple", "args"), "no args %%" % (), "%s" % "single", "%5.1f%%" % 99.55)
print(b"%s|%d|%x|%c|%5b|%r|%a" % (b"bytes", 3, 255, 65, b"ab", b"r", "é"), b"%(k)s" % {b"k": b"v"})
print(bytearray(b"%s-%s") % (b"a", bytearray(b"b")), b"%c" % b"z", b"%%")


class Obj:
    def __str__(self):
        return "str!"

    def __repr__(self):
        return "repr!"

    def __int__(self):
        return 5

    def __index__(self):
        return 6

    def __float__(self):
        return 7.5


o = Obj()
print("%s %r %d %x %f" % (o, o, o, o, o))
for label, template, args in (
        ("too few", "%s %s", ("one",)),
        ("too many", "%s", ("a", "b")),
        ("d with str", "%d", "x"),
        ("f with str", "%f", "x"),
        ("bad char", "%y", 1),
        ("incomplete", "abc %", 1),
        ("c too long", "%c", "ab"),
        ("c out of range", "%c", 0x110000),
        ("mapping needed", "%(k)s", (1,)),
        ("missing key", "%(k)s", {"j": 1}),
        ("star needs int", "%*d", ("a", 1)),
        ("mix mapping", "%(a)s %s", {"a": 1}),
        ("bytes with str", b"%s", "text"),
        ("bytes %c big", b"%c", 256),
        ("x with float", "%x", 1.5)):
    try:
        print(label, repr(template % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(label, type(e).__name__, e)
lines = ["%-6s|%6.2f|%+4d" % (name, price, qty) for name, price, qty in (("apple", 1.5, 3), ("kiwi", 0.25, -1))]
print("\n".join(lines))
fmt = "%s"
fmt %= ("augmented",)
print(fmt)
