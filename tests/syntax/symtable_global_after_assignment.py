# The name is assigned before the global declaration.
def f():
    counter = 1
    global counter
