# Attribute and subscript targets: the value is evaluated before the
# target's object (and index), so the statements have the source first.
obj.attr = value()
table[index()] = value()
table[1:2] = value()
