# Unpacking: the ValueError and TypeError messages for too many / too few
# values, starred unpacking edge cases, unpacking strings, dicts and ranges.
def unpack_two(seq):
    a, b = seq
    return a, b


for seq in ((1, 2), [1], [1, 2, 3], "ab", "abc", {"x": 1, "y": 2}, range(2), 5):
    try:
        print("ok", unpack_two(seq))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def unpack_star(seq):
    a, *b, c = seq
    return a, b, c


for seq in ((1, 2), (1, 2, 3, 4), [1], "xyz"):
    try:
        print("star", unpack_star(seq))
    except ValueError as e:
        print("ValueError:", e)
[a, [b, c]] = (1, (2, 3))
print(a, b, c)
(x, y), z = "ab", "c"
print(x, y, z)
*everything, = range(3)
print(everything)
first, second, *_ = "hello"
print(first, second, _)
print([*range(3), *"ab"], (*[1, 2],), {*"aab"} == {"a", "b"}, {**{"k": 1}, "j": 2})
