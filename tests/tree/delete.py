# del: names, attributes, subscripts and nested tuples/lists of targets,
# deleted from left to right; in a function the names are locals.
del a, obj.attr, table[key], (b, [c, table[1:2]])
def f():
    x = 1
    del x
