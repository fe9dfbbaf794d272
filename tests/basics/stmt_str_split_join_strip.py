# str.split/rsplit (sep None vs explicit, maxsplit, empty pieces, multi-char
# sep), splitlines (keepends, all line boundaries), join (non-str errors,
# generators), strip/lstrip/rstrip with char sets, removeprefix/
# removesuffix, and the empty-separator ValueError.
s = "  alpha  beta\tgamma\n delta  "
print(s.split(), s.split(" "), s.split(None, 1), s.split(maxsplit=2))
print(s.rsplit(), s.rsplit(None, 1), s.rsplit(" ", 2), "a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), ",".split(","), "abc".split("abc"))
print("a::b::c".split("::"), "a::b::c".split("::", 1), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaaa".split("aa"))
print("1 2 3".split(maxsplit=0), "1 2 3".split(" ", -1), "x".split("x", 0), "a b".split(sep=None, maxsplit=-1))
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\u2029end\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\n".split("\n"))
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join(str(i) for i in range(4)), " ".join([]), "+".join(["solo"]))
print(", ".join(sorted({"b", "a"})), "".join(map(str.upper, "abc")), "\n".join(["x", "y"]).count("\n"))
print("|" + "  pad  ".strip() + "|", "|" + "  pad  ".lstrip() + "|", "|" + "  pad  ".rstrip() + "|")
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print("\t\n\r\x0b\x0c text \u3000\u00a0".strip(), repr("\u200b zero-width".strip()), "aaa".strip("a") == "")
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "body.py".removesuffix(".py"), "x".removesuffix(""))
for label, thunk in (("split empty sep", lambda: "abc".split("")), ("rsplit empty sep", lambda: "abc".rsplit("")),
                     ("join ints", lambda: ",".join([1, 2])), ("join mixed", lambda: "".join(["a", None])),
                     ("join bytes", lambda: "".join([b"a"])), ("strip int", lambda: "a".strip(1)),
                     ("split int sep", lambda: "a".split(1)), ("maxsplit str", lambda: "a".split(",", "1")),
                     ("join non-iterable", lambda: "".join(5))):
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
csv = "name, age ,city\n Ann , 30, Oslo \nBob,25 ,Rome"
rows = [[field.strip() for field in line.split(",")] for line in csv.splitlines()]
print(rows)
words = "The quick  brown   fox".split()
print(len(words), " ".join(reversed(words)), "_".join(w.lower() for w in words))
path = "/usr/local/lib/python3.11/site-packages"
print(path.split("/"), path.rsplit("/", 1)[-1], path.split("/", 2)[:2], "/".join(path.split("/")[:-1]))
