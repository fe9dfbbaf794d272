# A walrus inside a comprehension binds in the enclosing function's scope
# (a cell shared with the comprehension), while its temporary stays in the
# comprehension's own scope.
def f(values):
    found = [last := v for v in values if v]
    return last, found
