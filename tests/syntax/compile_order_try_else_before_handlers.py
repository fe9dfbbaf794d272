# The else body of try/except is compiled before the handlers.
try:
    pass
except ValueError:
    continue
else:
    break
