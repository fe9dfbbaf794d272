# Shift operators << and >> on small, negative and huge ints, bools,
# shifting by zero and by large counts, augmented shifts, and the errors:
# negative shift count (ValueError), float operands (TypeError), and an
# overflowing left shift. Ends with an uncaught negative-shift ValueError.
for value in (1, 5, -5, 0, 255, -1, 2 ** 70, -(2 ** 70)):
    print(value, value << 0, value << 1, value << 3, value >> 1, value >> 3, value >> 100)
print(1 << 64, 1 << 100, (1 << 100) >> 99, -1 >> 1000, -7 >> 1, -8 >> 1, 7 >> 1)
print(True << 3, False << 10, True >> 1, type(True << 1).__name__)
print(1 << 2 + 1, (1 << 2) + 1, 1 + 2 << 3, 16 >> 2 - 1, 16 >> 2 << 2, 1 << 2 << 3)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
x >>= 10
print(x)
print((5).__lshift__(2), (5).__rshift__(1), (2).__rlshift__(3), (5).__lshift__(1.0))
for label, thunk in (("1 << -1", lambda: 1 << -1), ("1 >> -1", lambda: 1 >> -1),
                     ("0 << -5", lambda: 0 << -5), ("-3 >> -(2**80)", lambda: -3 >> -(2 ** 80)),
                     ("1.0 << 1", lambda: 1.0 << 1), ("1 << 1.0", lambda: 1 << 1.0),
                     ("'a' >> 1", lambda: "a" >> 1), ("[1] << 1", lambda: [1] << 1)):
    try:
        print(label, thunk())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
try:
    print(1 << (2 ** 70))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(0 << (2 ** 70), 5 >> (2 ** 70), -5 >> (2 ** 70))
count = 2
shift = -count
print("about to shift by", shift)
value = 100 << shift
print("not reached", value)
