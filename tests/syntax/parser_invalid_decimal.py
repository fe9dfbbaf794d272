# A trailing underscore in a number.
x = 1_000_
