# str.format: automatic/manual/keyword fields, attribute and index access
# inside fields, conversions, nested specs, format_map, brace escapes,
# reusing arguments, and the errors (mixing auto/manual numbering, missing
# index/key, bad conversion, unmatched braces).
class P:
    def __init__(self):
        self.x, self.y = 3, 4
        self.items = ["zero", "one"]

    def __repr__(self):
        return "P()"


p = P()
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="hi"))
print("{0.x},{0.y} {0.items[1]} {p.items[0]}".format(p, p=p), "{0[2]}{0[0]}".format("abc"))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "int key", "1": "str key"}))
try:
    print("{l[-1]}".format(l=[1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("é"), "{0!r}".format(p), "{:>{}}".format("x", 5))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9), "{0:{1}.{2}f}".format(3.14159, 8, 2))
print("{:,}".format(1234567), "{:08.3f}".format(-3.5), "{:+}".format(5), "{:x}".format(255), "{:%}".format(0.5))
print("{{}} {{{}}} {{0}}".format("in"), "}}{{".format(), "{0}{0}{0}".format("ab"))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{0}".format(*["star"]), "{k}".format(**{"k": "dstar"}))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{known} {unknown}".format_map(Default(known="K")))
print("{:s}".format("s"), "{:d}".format(True), "{:5}|{:<5}|".format(1, 2), "{:5}|".format("a"))
print("{0:>10}|{0:<10}|{0:^10}|{0:*^10}".format("fmt"), "{:=+8.2f}".format(-2.5))
print("{0.real} {0.imag}".format(3 + 4j), "{[0]}".format([9]), "{0[0][1]}".format([["a", "b"]]))
for label, template, args, kwargs in (
        ("auto then manual", "{} {1}", ("a", "b"), {}),
        ("manual then auto", "{0} {}", ("a", "b"), {}),
        ("index out", "{2}", ("a",), {}),
        ("missing key", "{name}", (), {}),
        ("bad conversion", "{!x}", ("a",), {}),
        ("single close", "a } b", (), {}),
        ("single open", "a { b", (), {}),
        ("attr missing", "{0.nope}", (p,), {}),
        ("index on int", "{0[0]}", (5,), {}),
        ("too deep nesting", "{:{:{}}}", (1, 2, 3), {}),
        ("bad spec", "{:q}", (1,), {}),
        ("empty attr", "{0.}", (p,), {}),
        ("str key missing", "{0[key]}", ({"other": 1},), {})):
    try:
        print(label, template.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)
import string
fmt = string.Formatter()
print(list(fmt.parse("a{0!r:>5}b{name}c{{")), fmt.format("{0}-{x}", 1, x=2))
t = string.Template("$who likes ${what}; $$ sign")
print(t.substitute(who="Tim", what="tea"), t.safe_substitute(who="Al"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
