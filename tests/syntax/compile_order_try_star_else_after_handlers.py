# The else body of try/except* is compiled after the handlers.
try:
    pass
except* ValueError:
    continue
else:
    break
