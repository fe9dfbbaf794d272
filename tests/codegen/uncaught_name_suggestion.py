# An uncaught NameError in a compiled function: the traceback's
# "Did you mean" suggestion looks at the real frame's locals.
def compute():
    counter = 1
    return countr + 1
compute()
