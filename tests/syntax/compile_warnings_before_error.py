# CPython prints its compile-time SyntaxWarnings before the error; the while test is compiled twice, so it warns twice.
if x is 1:
    pass
while y is not ():
    pass
values = [1, 2] [3, 4]
assert (values, "message")
return values
