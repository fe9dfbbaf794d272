# Nested targets unpack when their turn comes, after the outer values are
# all fetched; targets inside may be attributes and subscripts.
(a, (b, obj.attr)), table[0] = source
for x, (y, z) in items:
    pass
