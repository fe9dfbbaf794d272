# A plain grammar error.
x = = 1
