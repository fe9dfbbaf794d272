# The closing bracket does not match the opening one.
values = foo(1, 2]
