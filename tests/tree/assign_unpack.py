# Tuple and list unpacking: iter() for unpacking, one special unpack per
# target (with the expected count), the check for too many values, then the
# assignments from left to right; all temporaries released.
a, b = pair
[c, d, e] = triple
