# printf-style % formatting and str.format: positional and named fields,
# conversions, width/precision, padding, signs, the errors for bad formats.
print("%s %r %a" % ("s", "r", "ä"), "%d %i %5d|%-5d|%05d" % (1, 2, 3, 4, 5))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%.3f %10.2f| %-10.2f| %+d %+.1f % d" % (3.14159, 2.5, 2.5, 5, -0.05, 7))
print("%c%c %%" % (72, "i"), "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*s|%.*f" % (5, 42, 6, "ab", 2, 3.14159), "%s" % [1, 2], "%s" % (("t",),))
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"), "{:+.2e}".format(12345.6789))
print("{0!r} {0!s} {0!a}".format("é"), "{:,}".format(10 ** 9), "{:08.3f}".format(-3.14159))
print("{[1]} {[k]} {.real}".format([5, 6], {"k": "v"}, 3 + 4j), "{:{}}".format("w", 5) + "|")
print("{:b} {:o} {:x} {:#X} {:c}".format(10, 10, 255, 255, 97), "{:%}".format(0.125))
print(format(3.5, "06.2f"), format("text", "^10"), format(12, ""), format(-12, "=6"))
for bad, args in (("%d", ("x",)), ("%s %s", ("one",)), ("%z", (1,)), ("{", ()), ("{0}", ())):
    try:
        if "%" in bad:
            print(bad % args)
        else:
            print(bad.format(*args))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print("%s" % None, "%s and %s" % (True, 1.0), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abc")
