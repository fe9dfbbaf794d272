# string module constants and Template (substitute vs safe_substitute,
# $$ escapes, ${braced} names, missing keys, invalid placeholders,
# get_identifiers), string.capwords, Formatter.parse; textwrap.wrap/fill
# (width, break_long_words, subsequent_indent, max_lines with placeholder),
# shorten, dedent (mixed indentation), indent with a predicate.
import string
import textwrap

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.printable[-6:] == string.whitespace)

t = string.Template("$who likes ${what}s; costs $$5 at $place")
print(t.substitute(who="Tim", what="apple", place="home"))
print(t.safe_substitute(who="Ann"), t.safe_substitute({"what": "pear"}, who="Bo"))
print(t.substitute({"who": "dict", "what": "x"}, place="kw"), t.template[:4], t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="Tim")
except KeyError as e:
    print("KeyError", e)
bad = string.Template("price: $5 or ${unclosed")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(bad.safe_substitute(), bad.is_valid())


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is 100%% done").substitute(name="job"))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
print(list(string.Formatter().parse("Hi {name!r:>5}, {0} and {{literal}}")))
print(string.Formatter().format("{0}-{x}", 1, x=2), string.Formatter().vformat("{a}{b}", (), {"a": 1, "b": 2}))

paragraph = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
             "Supercalifragilisticexpialidocious words get broken.")
print(textwrap.wrap(paragraph, width=30))
print(textwrap.fill(paragraph, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a verylongwordthatdoesnotfit here", width=10))
print(textwrap.wrap("a verylongwordthatdoesnotfit here", width=10, break_long_words=False))
print(textwrap.wrap(paragraph, width=20, max_lines=3), textwrap.wrap(paragraph, width=20, max_lines=2, placeholder=" [more]"))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("tab\there", width=8, expand_tabs=True),
      textwrap.wrap("one-two-three-four", width=8), textwrap.wrap("one-two-three", width=8, break_on_hyphens=False))
print(textwrap.shorten("Hello  world, this is   a test", width=20), textwrap.shorten("short", width=10),
      textwrap.shorten("word " * 10, width=15, placeholder="..."))
try:
    textwrap.shorten("anything", width=3)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError", e)
block = """
    def f():
        return 1

    f()
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n     y\n   \n")))
print(textwrap.indent("line1\n\nline3\n", "> "))
print(textwrap.indent("a\nb\nc", "+ ", predicate=lambda line: line.strip() != "b"))
wrapper = textwrap.TextWrapper(width=12, initial_indent="- ", subsequent_indent="  ", drop_whitespace=True)
print(wrapper.wrap("wrapping with a reusable wrapper object"), wrapper.width)
