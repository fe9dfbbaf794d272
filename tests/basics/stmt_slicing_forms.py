# Every slice form on lists/strs/tuples/bytes/ranges: [a:b], [a:], [:b],
# [:], [::c], [a:b:c] with negative/None/out-of-range/huge/bool bounds and
# negative steps; objects with __index__ as bounds; slice objects passed
# to __getitem__; step 0 and non-integer bound errors.
s = "0123456789"
forms = [
    (None, None, None), (2, None, None), (None, 3, None), (2, 8, None), (-3, None, None),
    (None, -3, None), (-8, -2, None), (None, None, 2), (None, None, -1), (None, None, -3),
    (8, 2, -1), (8, 2, -2), (2, 8, -1), (-1, -11, -1), (-1, None, -4), (None, 5, -1),
    (5, None, -1), (100, None, -1), (-100, 100, None), (3, 3, None), (7, 3, None),
    (True, False, True), (-100, -50, None), (None, None, 100), (0, 10 ** 20, 10 ** 19),
]
for start, stop, step in forms:
    print(f"[{start}:{stop}:{step}]".ljust(30), repr(s[start:stop:step]),
          list(range(10))[start:stop:step] == [int(ch) for ch in s[start:stop:step]])
t = tuple(range(10))
r = range(10, 30, 2)
b = b"abcdefghij"
print(t[1:9:3], t[::-4], r[2:5], r[::-1], r[-3:], r[5:2:-1], list(r[::3]))
print(b[2:5], b[::-2], b[-1:], b[:-1][-1:], b[3], b[-1])
print(s[2:5][1:][::-1], s[::-1][::-1] == s, s[::2][::2], s[1::2][::-1])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(s[Idx(2):Idx(6)], s[Idx(-1)], s[::Idx(-3)], list(range(10))[Idx(4)])


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[:], sh[::], sh[1:], sh[:1], sh[::1], sh[1:2:3], sh[None:None:None])
print(sh["a":"b"], sh[1.5:], sh[-1::-1], sh[:, 1:2, ::3])
sl = slice(1, 9, 2)
print(s[sl], sl.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(5) == slice(None, 5, None), slice(1, 2) == slice(1, 2), hash(slice(1, 2)) if False else "no hash")
number = 5
for label, thunk in (("step 0", lambda: s[::0]), ("float bound", lambda: s[1.0:]),
                     ("str bound", lambda: [1, 2]["a":]), ("tuple step 0", lambda: t[1:5:0]),
                     ("range step 0", lambda: r[::0]), ("bytes float", lambda: b[:2.5]),
                     ("int slice", lambda: number[1:]), ("dict slice", lambda: {}[1:2]),
                     ("index float", lambda: s[1.0]), ("index out", lambda: s[10]),
                     ("tuple idx", lambda: t[-11]), ("range idx", lambda: r[10]),
                     ("slice hash", lambda: hash(slice(1, 2)))):
    try:
        print(label, thunk())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(label, type(e).__name__, e)
text = "Hello, World"
print(text[:5], text[-5:], text[7:-1], text[::-1][:5], text[len(text):], text[-len(text)-5:3])
