# re: match/search/fullmatch differences, groups (numbered, optional
# unmatched, nested), named groups and groupdict with defaults, span/start/
# end, findall with 0/1/several groups, finditer, sub with strings
# (backreferences \1 and \g<name>), with a function, count=, subn, split
# with captures and maxsplit, flags (IGNORECASE, MULTILINE, DOTALL,
# VERBOSE), compiled pattern attributes, escape, and re.error messages.
import re

text = "John: 555-1234, Jane: 555-9876, Bob: none"
print(re.match(r"\w+", text).group(), re.match(r"\d+", text), re.search(r"\d+", text).group(),
      re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
m = re.search(r"(\w+): (\d{3})-(\d{4})", text)
print(m.group(0), m.group(1), m.group(2, 3), m.groups(), m.span(), m.start(2), m.end(3), m.span(1), m.lastindex)
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.lastindex)
m = re.match(r"((a)(b))", "ab")
print(m.groups(), m.group(1), m.re.groups)
m = re.search(r"(?P<name>\w+): (?P<area>\d{3})-(?P<num>\d+)", text)
print(m.group("name"), m["area"], m.groupdict(), m.start("num"), m.lastgroup)
m = re.match(r"(?P<a>x)?(?P<b>y)", "y")
print(m.groupdict(), m.groupdict("default"))
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("zz")
except IndexError as e:
    print("IndexError", e)

print(re.findall(r"\d+", text), re.findall(r"(\w+): \d", text), re.findall(r"(\d{3})-(\d{4})", text),
      re.findall(r"x*", "axb"), re.findall(r"z", text))
print([(m.group(), m.start()) for m in re.finditer(r"\b[A-Z]\w*", text)])
print(re.sub(r"(\d{3})-(\d{4})", r"\2-\1", text))
print(re.sub(r"(?P<who>\w+): ", r"[\g<who>] ", text, count=2))
print(re.sub(r"\d", lambda m: str(9 - int(m.group())), "a1b2c3"), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"x*", "-", "abc"), re.sub(r"", "|", "ab"), re.sub("a", r"\\n", "cat"), re.sub(r"\s+", " ", "a  \n\t b"))
print(re.split(r",\s*", "a, b,c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", " lead trail ", maxsplit=1),
      re.split(r"x*", "axbc"), re.split(r"[;,]", "1;2,3", 1))

print(re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE), re.findall(r"^\w+", "one\ntwo"),
      re.findall(r"e$", "one\nthree", re.M), re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.DOTALL).group())
print(re.findall(r"[a-z]+", "Hello WORLD mixed", re.IGNORECASE), re.match(r"(?i)hello", "HeLLo").group())
verbose = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d{2})  # month
""", re.VERBOSE)
print(verbose.match("2024-03").groupdict(), verbose.groups, sorted(verbose.groupindex.items()),
      bool(verbose.flags & re.VERBOSE))
pattern = re.compile(r"(\w)(\w)")
print(pattern.pattern, pattern.groups, pattern.findall("abcde"), pattern.sub(r"\2\1", "abcde"),
      pattern.search("xy z", 2), pattern.match("  ab", 2).group())
print(re.escape("a.b*c?[d]"), re.escape("plain_text"), re.findall(re.escape("1+1"), "1+1=2, 11"))
print(re.match(r"(\d+)(?=px)", "12px").group(1), re.findall(r"(?<!-)\b\d+", "5 -6 7"), re.match(r"(a|ab)(c|bcd)", "abcd").groups())
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"), re.match(r"(\w+) \1", "hey hey").group())
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"\bcat\b", "cat concat cat."))
for bad in (r"(unclosed", r"*start", r"a{2,1}", r"(?P<1>x)", r"\p"):
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error", e, e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error", e)
print(re.purge(), re.ASCII.value > 0, re.match(r"\w+", "été", re.ASCII), re.match(r"\w+", "été").group())
