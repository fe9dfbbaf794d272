# A single comparison is one node with its operator.
a < b
a == b
a is not None
x in y
x not in y
