# yield in a comprehension would make the comprehension a generator.
def f():
    return [(yield x) for x in range(3)]
