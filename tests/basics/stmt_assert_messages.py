# assert statements: passing asserts, failing with no message, with string,
# f-string, non-string (tuple, int, exception object) messages; the message
# expression is evaluated only on failure; assert inside functions and
# loops; AssertionError args. Ends with an uncaught failing assert.
log = []


def msg(text):
    log.append(text)
    return text


assert True
assert 1, msg("never")
assert [0], msg("never")
print("passing asserts ok, log =", log)
for condition, message in ((False, None), (0, "zero"), ("", ("tuple", 1)), ([], 42), (None, ValueError("inner"))):
    try:
        if message is None:
            assert condition
        else:
            assert condition, message
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args, str(e))
try:
    value = 5
    assert value > 10, f"value {value} too small"
except AssertionError as e:
    print("caught:", e)
try:
    assert 1 > 2, msg("evaluated on failure")
except AssertionError as e:
    print("caught:", e, log)


def check_positive(n):
    assert n > 0, f"expected positive, got {n!r}"
    return n * 2


results = []
for n in (3, 0, -1, 7):
    try:
        results.append(check_positive(n))
    except AssertionError as e:
        results.append(str(e))
print(results)
try:
    assert (1, 2) == (1, 3), "tuples differ"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert isinstance("x", int), type("x").__name__
except AssertionError as e:
    print(type(e).__name__, e)
err = None
try:
    assert False, "first"
except AssertionError as first:
    try:
        assert False, "second"
    except AssertionError as second:
        err = second
print(err, repr(err.__context__))
print(__debug__)
data = [1, 2, 3]
assert len(data) == 3
assert isinstance(data, list), "not a list"
assert not data, f"data has {len(data)} items"
print("not reached")
