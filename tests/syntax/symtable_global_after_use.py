# The name is read before the global declaration.
def f():
    print(counter)
    global counter
