# bytearray mutation: item and slice assignment, append/extend/insert/pop/
# remove/reverse/clear/copy, += and *=, del, methods returning bytearray,
# hashing error, comparisons with bytes, conversion, value range errors,
# resizing while a memoryview export exists (BufferError).
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, ba[0], ba[1:3], type(ba[1:3]).__name__)
ba.append(33)
ba.extend(b" you")
ba.extend([33, 33])
ba.extend(x for x in b"?")
ba.insert(0, 62)
ba.insert(100, 60)
ba.insert(-1, 45)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
cp = ba.copy()
ba.clear()
print(ba, cp, len(ba), cp is not ba)
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba *= 2
print(ba, alias is ba)
del ba[0]
del ba[::2]
print(ba)
ba[1:2] = b"XYZ"
ba[:0] = bytearray(b"<")
print(ba, ba.upper(), ba.replace(b"X", b"x"), type(ba.upper()).__name__, ba.find(b"Y"), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(), bytearray(b"x") == b"x", b"x" + bytearray(b"y"))
print(bytes(ba), list(bytearray(b"\x00\x01")), bytearray(b"a") < bytearray(b"b"), bytearray(b"k") in [b"k"])
print(bytearray(b"a,b").split(b","), bytearray(b" x ").strip(), bytearray(b"-").join([b"a", b"b"]), bytearray.fromhex("4142"))
for label, thunk in (("hash", lambda: hash(bytearray(b"x"))), ("set 256", lambda: ba.__setitem__(0, 256)),
                     ("set -1", lambda: ba.__setitem__(0, -1)), ("set str", lambda: ba.__setitem__(0, "a")),
                     ("append 300", lambda: ba.append(300)), ("remove missing", lambda: ba.remove(0)),
                     ("pop empty", lambda: bytearray().pop()), ("insert str", lambda: ba.insert(0, b"a")),
                     ("extend int", lambda: ba.extend(5)), ("extend str", lambda: ba.extend("ab")),
                     ("index oob", lambda: ba[50]), ("set oob", lambda: ba.__setitem__(50, 1)),
                     ("dict key", lambda: {bytearray(b"k"): 1})):
    try:
        print(label, repr(thunk()))
    except (TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)
buf = bytearray(b"abcdef")
view = memoryview(buf)
try:
    buf.append(1)
except BufferError as e:
    print(type(e).__name__, e)
view[0] = ord("A")
print(buf)
view.release()
buf.append(ord("!"))
print(buf)
counts = bytearray(4)
for byte in b"\x00\x01\x01\x03\x03\x03":
    counts[byte] += 1
print(list(counts))
