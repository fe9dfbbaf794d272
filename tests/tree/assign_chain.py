# a = b = c: the value goes into one temporary, assigned to each target in
# order (a name, an attribute and a subscript), then released.
a = obj.attr = table[key] = value()
