# An opening parenthesis is still open at the end of the file.
result = (1,
    2,
