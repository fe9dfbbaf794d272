# An assignment expression may only bind a name.
if (a.b := 1):
    pass
