# An uncaught exception raised while handling another: both tracebacks,
# joined by "During handling of the above exception, another exception
# occurred", then one with an explicit cause.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"no entry for {key!r}")


def convert(table, key):
    try:
        return lookup(table, key)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


print(lookup({"a": 1}, "a"))
convert({"a": 1}, "b")
