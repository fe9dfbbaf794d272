# An uncaught RecursionError: the traceback collapses the repeated frames
# ("[Previous line repeated N more times]"), so the number of frames must be
# exactly CPython's.
def descend(n):
    return descend(n + 1) + 1


print("descending")
descend(0)
