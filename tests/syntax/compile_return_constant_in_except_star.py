# A constant return value carries the location (after folding -1).
def f():
    try:
        pass
    except* ValueError:
        return -1
