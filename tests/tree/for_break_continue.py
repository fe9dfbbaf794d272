# break, continue and return inside a for loop: the releases of the
# iterator and value temporaries are copied into a handler per exit kind
# that leaves the try (return; break and continue stay in the loop).
def f(items):
    for x in items:
        if x is None:
            continue
        if x < 0:
            break
        if x > 100:
            return x
    return None
