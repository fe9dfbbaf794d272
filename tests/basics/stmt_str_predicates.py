# String predicates and misc methods: isdigit/isdecimal/isnumeric on
# different digit kinds, isalpha/isalnum/isspace/isupper/islower/istitle/
# isidentifier/isprintable/isascii on edge cases (empty, unicode); ord/chr
# round trips and errors; comparisons and sorting of strings; in/len on
# unicode; str multiplication; encode/decode with errors handlers.
samples = ["123", "١٢٣", "½", "²", "Ⅻ", "12.5", "-1", "", " ", "abc", "ABC", "Abc Def", "éÉ", "a1", "_x1", "1x",
           "class", "\t\n", "tab\t", "ÿ", "日本", "x\x00"]
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{s!r:10}", "".join("T" if f else "." for f in flags))
print(ord("a"), ord("€"), ord("𝄞"), chr(97), chr(8364), chr(0x1D11E), chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
for label, thunk in (("ord two chars", lambda: ord("ab")), ("ord empty", lambda: ord("")),
                     ("chr negative", lambda: chr(-1)), ("chr too big", lambda: chr(0x110000)),
                     ("chr float", lambda: chr(65.0)), ("str * float", lambda: "a" * 1.5),
                     ("str + int", lambda: "a" + 1), ("str < int", lambda: "a" < 1),
                     ("decode bad", lambda: b"\xff".decode("utf-8")), ("encode ascii", lambda: "é".encode("ascii")),
                     ("unknown codec", lambda: "a".encode("no-such-codec"))):
    try:
        print(label, repr(thunk()))
    except (TypeError, ValueError, LookupError) as e:
        print(label, type(e).__name__, e)
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100, ("ab" * 2) * 2)
print(sorted(["b", "B", "a", "A", "é", "e", "10", "9", ""]), "a" < "b" < "ba" < "bb", "Z" < "a", "" < "\x00")
print(max("hello"), min("hello"), sorted("hello", reverse=True), "abc" == "abc", "abc" != "ab" + "d"[:0], "ab" + "c" == "abc")
print(len("日本語"), len("𝄞"), len("é"), len("e\u0301"), "e\u0301" == "é", "日本" in "こんにちは日本", "日本語"[1])
print("é".encode(), "é".encode("latin-1"), "€".encode("utf-16-le"), "x".encode("utf-32-be"), b"\xc3\xa9".decode())
print("é€".encode("ascii", "replace"), "é€".encode("ascii", "ignore"), "é€".encode("ascii", "xmlcharrefreplace"),
      "é".encode("ascii", "backslashreplace"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"),
      b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    b"abc\xe9def".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e)
try:
    "ab€".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e)
print(str(b"bytes"), str(b"bytes", "ascii"), str(5), str(), repr(str(None)), str(1.0), str([1, "a"]))
