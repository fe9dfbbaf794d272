# bytes: literals and constructors (from int, iterable, str+encoding,
# buffer), indexing giving ints, slicing giving bytes, concatenation and
# repetition, comparison with str (never equal), methods (split, join,
# strip, replace, find, count, startswith, hex/fromhex, upper, isdigit,
# translate, center, zfill, partition, decode), and the errors.
b = b"Hello, World"
print(b[0], b[-1], b[:5], b[::-1], b[7:], type(b[0]).__name__, type(b[0:1]).__name__, len(b))
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")), bytes())
print(bytes(memoryview(b"mv")), bytes((x for x in (104, 105))), b"a" + b"b", b"ab" * 3, 2 * b"-", b"" * 5)
print(b"abc" == "abc", b"abc" == b"abc", b"a" < b"b", b"abc" < b"abd", b"" < b"\x00", b"abc" == bytearray(b"abc"))
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"a b c".rsplit(None, 1), b"-".join([b"a", b"b", bytearray(b"c")]))
print(b"  pad ".strip(), b"xxhixx".strip(b"x"), b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.count(108), b.index(b"W"), b.startswith((b"He", b"x")), b.endswith(b"ld"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"abc".capitalize(), b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
print(b"\x00\xffab".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(b"ab".center(6, b"*"), b"42".zfill(5), b"ab".ljust(4, b"."), b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"), b"a\tb".expandtabs(4))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"x\ny\r\nz".splitlines(), b"x\ny".splitlines(True))
print(list(b"abc"), [c for c in b"\x01\x02"], 97 in b"abc", b"bc" in b"abc", sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(b"%d-%s" % (1, b"x"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"AbC".isupper(), b"abc".islower())
print(repr(b"\t\n\r\x00\x7f\x80'\""), repr(b"'"), repr(b'"'), repr(b"'\""), b"\\", rb"\n", len(rb"\n"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc".__len__(), bytes.__name__, int.from_bytes(b"\x01\x00", "big"))


def assign_item(target):
    target[0] = 1


def delete_item(target):
    del target[0]


for label, thunk in (("bytes(-1)", lambda: bytes(-1)), ("bytes([256])", lambda: bytes([256])),
                     ("bytes(str)", lambda: bytes("abc")), ("bytes + str", lambda: b"a" + "b"),
                     ("str + bytes", lambda: "a" + b"b"), ("item assign", lambda: assign_item(b)),
                     ("fromhex bad", lambda: bytes.fromhex("xz")), ("fromhex odd", lambda: bytes.fromhex("abc")),
                     ("split str", lambda: b"a b".split(" ")), ("join str", lambda: b"".join(["a"])),
                     ("find 256", lambda: b.find(256)), ("decode bad", lambda: b"\xff\xfe\xfa".decode("utf-8")),
                     ("bytes(1.5)", lambda: bytes(1.5)), ("b < str", lambda: b"a" < "a"), ("index oob", lambda: b[100]),
                     ("del item", lambda: delete_item(b)), ("setattr", lambda: setattr(b, "x", 1))):
    try:
        print(label, repr(thunk()))
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(label, type(e).__name__, e)
