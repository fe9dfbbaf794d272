# A keyword argument named __debug__.
print(1, __debug__=True)
