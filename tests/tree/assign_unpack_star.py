# Starred unpacking: values before the star are unpacked with the
# "expected at least" count, the star takes list(rest), the values after it
# are taken from the end of that list after a length check.
a, *b, c, d = values
*e, = values
f, *g = values
