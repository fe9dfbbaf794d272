# Sequence patterns without a star: MATCH_SEQUENCE, an exact length test,
# then the items taken by iteration and matched in order, nested sequences
# included. Strings are not sequences for matching.
def shape(point):
    match point:
        case []:
            return "empty"
        case [x]:
            return "one %r" % (x,)
        case (0, y):
            return "on the y axis at %r" % (y,)
        case [x, [y, 1]]:
            return "nested %r %r" % (x, y)
        case [_, _, _]:
            return "three of anything"
    return "other"


print(shape([]), shape((5,)), shape([0, 7]), shape([3, (4, 1)]), shape("abc"),
      shape(range(3)), shape({1: 2}))
