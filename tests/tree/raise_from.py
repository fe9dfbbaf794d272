# raise forms: re-raise, raise X, raise X from Y (both evaluated in order).
def f(value):
    try:
        check(value)
    except KeyError:
        raise
    if value is None:
        raise ValueError
    raise TypeError("bad") from make_cause()
