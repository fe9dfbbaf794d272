# A dedent to a level that was never used.
if x:
        y = 1
    z = 2
