# Star patterns in sequences: a named star collects the middle items in a
# list (UNPACK_EX); with `*_` the other items are read by index, those after
# the star at len(subject) - k; a lone `*_` tests only for a sequence.
def split(items):
    match items:
        case [first, *_, last]:
            return "ends %r %r" % (first, last)
        case [*_]:
            return "short sequence"
    return "not a sequence"


def middle(items):
    match items:
        case [first, *rest, 9]:
            return "first %r rest %r" % (first, rest)
        case [*everything]:
            return "all %r" % (everything,)


print(split([1, 2, 3, 4]), split([1]), split(5))
print(middle((1, 2, 3, 9)), middle([1, 9]), middle([4, 5]))
