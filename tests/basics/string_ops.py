# Strings: concatenation, repetition, indexing, methods, membership,
# comparisons, conversions, non-ASCII text.
s = "Hello, World"
print(s + "!", s * 2, s[0], s[-1], s[4:9], s[::-1], len(s))
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("xyz"))
print(s.replace("l", "L"), s.replace("l", "", 1), s.split(", "), s.partition(","))
print("  pad  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split())
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ",".join([]))
print("World" in s, "world" in s, s.startswith("Hell"), s.endswith(("x", "ld")))
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "abc" == "ab" + "c")
print(str(42), repr("it's"), repr('say "hi"'), repr("tab\there"), ascii("héllo"))
print("42".zfill(5), "7".rjust(3, "0"), "x".center(5, "*"), "ab".ljust(4) + "|")
print("ünïcödé".upper(), len("日本語"), "日本語"[1], "straße".casefold(), ord("€"), chr(8364))
print("a\nb\r\nc".splitlines(), "abc".isalpha(), "12".isdigit(), " ".isspace())
words = "the quick brown fox jumps over the lazy dog".split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest", longest, "count the", words.count("the"))
acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc, acc.encode(), "caf\u00e9".encode("utf-8"), b"caf\xc3\xa9".decode())
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "{0}-{1}-{0}".format("a", "b"))
