# Leaving the try body compiles the finally body first: its return is reported before the break.
try:
    break
finally:
    return
