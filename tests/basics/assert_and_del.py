# assert (passing, failing with and without a message, message evaluated
# lazily) and del on names, list items, slices, dict keys and multiple
# targets.
calls = []


def message():
    calls.append("message built")
    return "custom message"


assert 1 + 1 == 2
assert True, message()
print("lazy message:", calls)
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert [], message()
except AssertionError as e:
    print("AssertionError:", e, calls)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print("AssertionError with tuple:", e.args)
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
del a, b[0], c["x"]
print(b, c)
del b[1:3], b[-1]
print(b)
try:
    a
except NameError as e:
    print("NameError:", e)
d = [[1, 2], [3, 4]]
del d[0][1]
print(d)
x, y = 1, 2
del (x, y)
try:
    print(x)
except NameError as e:
    print("NameError:", e)


def local_del():
    z = 5
    del z
    z = 6
    return z


print(local_del())
