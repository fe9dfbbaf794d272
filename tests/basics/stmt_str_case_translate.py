# Case and layout methods: upper/lower/casefold (ß, Turkish dotted I,
# Greek sigma)/swapcase/title/capitalize, translate with maketrans (dict,
# two strings, deletion string, str.maketrans errors), zfill (signs),
# center/ljust/rjust (fill chars, odd widths), expandtabs (tab sizes,
# newlines resetting columns).
words = ["hello World", "ß straße", "İstanbul", "ΣΊΣΥΦΟΣ", "ǅungla", "o'neil mc-donald 3rd"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.swapcase(), w.title(), w.capitalize())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "straße".casefold() == "STRASSE".casefold(), "ǅ".lower(), "ǅ".upper())
print("Hello".casefold() == "hELLO".casefold(), "MiXeD 123 !".swapcase(), "123abc".capitalize(), "ABC def".capitalize())
table = str.maketrans({"a": "1", "b": None, "c": "xyz", ord("d"): 68})
print("abcdabcd".translate(table), table)
print("hello".translate(str.maketrans("el", "ip")), "hello world".translate(str.maketrans("", "", "lo")))
print("abc".translate(str.maketrans("abc", "xyz", "b")), "abc".translate({97: None}), "abc".translate({}))


class Rot13:
    def __getitem__(self, code):
        ch = chr(code)
        if "a" <= ch <= "z":
            return (code - 97 + 13) % 26 + 97
        raise LookupError


print("hello, World!".translate(Rot13()))
for label, thunk in (("unequal lengths", lambda: str.maketrans("ab", "x")),
                     ("dict with long key", lambda: str.maketrans({"ab": "x"})),
                     ("one non-dict arg", lambda: str.maketrans("ab")),
                     ("bad mapping value", lambda: "a".translate({97: 3.5})),
                     ("zfill str", lambda: "a".zfill("3")),
                     ("center fill 2 chars", lambda: "a".center(5, "xy")),
                     ("ljust no width", lambda: "a".ljust()),
                     ("expandtabs str", lambda: "a".expandtabs("4"))):
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
for v in ("42", "-42", "+42", "3.5", "", "-", "abc", "--1", "12345"):
    print(repr(v), repr(v.zfill(5)), end="; ")
print()
for width in (0, 3, 6, 7, 10):
    print(f"[{'abc'.center(width)}] [{'abcd'.center(width, '*')}] [{'ab'.ljust(width, '.')}] [{'ab'.rjust(width, '-')}]")
print("[" + "".center(4, "x") + "]", "[" + "odd".center(6) + "]", "[" + "even".center(7) + "]")
tabbed = "a\tbb\tccc\tdddd\te"
for size in (8, 4, 1, 0, 3):
    print(repr(tabbed.expandtabs(size)))
print(repr("12\t3\n\t4\r\t5".expandtabs(4)), repr("\t".expandtabs()), repr("x\ty".expandtabs(-1)))
print("hello world".title(), "HELLO".istitle(), "Hello World".istitle(), "they're bill's".title())
print("ΣΑΣ".lower(), "Σ".lower(), "ΑΣ ΑΣ".lower(), "i̇".upper(), len("İ".lower()))
