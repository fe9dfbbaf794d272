# A name cannot be both nonlocal and global.
def outer():
    x = 1
    def inner():
        global x
        nonlocal x
