# str.partition/rpartition, replace (count, empty old), find/rfind/index/
# rindex (start/end args, negative, not found), count (overlapping not
# counted, empty substring), startswith/endswith with tuples and start/end
# ranges, and the errors for bad argument types.
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"), "".partition("x"))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("abc"), "aaa".partition("aa"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaaa".replace("aa", "b"), "xyz".replace("q", "w"))
text = "the cat sat on the mat with the hat"
print(text.find("the"), text.find("the", 1), text.find("the", 5, 10), text.rfind("the"), text.rfind("the", 0, 20))
print(text.find("dog"), text.rfind("dog"), text.find(""), text.rfind(""), text.find("", 100), text.find("at", -5))
print(text.index("cat"), text.rindex("at"), text.count("the"), text.count("at"), text.count("at", 10, 20), text.count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".count(""), "abc".count("", 1), "abc".find("c", -1), "abc".find("a", -100))
print(text.startswith("the"), text.startswith(("a", "the")), text.startswith("cat", 4), text.startswith("cat", 4, 6))
print(text.endswith("hat"), text.endswith(("mat", "hat")), text.endswith("mat", 0, 26), text.endswith(()), "".startswith(""))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".startswith(("x", "y", "a"), 0, 1))
for label, thunk in (("index missing", lambda: text.index("dog")), ("rindex missing", lambda: text.rindex("dog", 0, 5)),
                     ("partition empty", lambda: s.partition("")), ("rpartition empty", lambda: s.rpartition("")),
                     ("startswith list", lambda: s.startswith(["key"])), ("startswith int in tuple", lambda: s.startswith(("k", 1))),
                     ("find int", lambda: s.find(1)), ("replace int", lambda: s.replace(1, "x")),
                     ("count bytes", lambda: s.count(b"k")), ("find float start", lambda: s.find("k", 1.0))):
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def parse_pair(line):
    head, sep, tail = line.partition(":")
    return (head.strip(), tail.strip()) if sep else (line.strip(), None)


print([parse_pair(line) for line in ("host: example", "port:80", "flag", "url: http://x:8")])
name = "archive.tar.gz"
stem, _, ext = name.rpartition(".")
print(stem, ext, name.partition(".")[2], name[:name.find(".")], name[name.rfind(".") + 1:])
positions = []
start = 0
while (pos := text.find("at", start)) != -1:
    positions.append(pos)
    start = pos + 1
print(positions)
print("Mississippi".replace("ss", "SS", 1).replace("i", "!", -1), "tab\tsep".replace("\t", "    "))
