# An uncaught failing assert whose test is a comparison: 3.11's traceback
# underlines the whole comparison (sum(data) == 7) with carets.
data = [1, 2, 3]
assert len(data) == 3
assert sum(data) == 7, f"sum was {sum(data)}"
print("not reached")
