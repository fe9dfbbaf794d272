# A string that ends with the line.
name = "abc
