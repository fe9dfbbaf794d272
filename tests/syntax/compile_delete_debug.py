# __debug__ cannot be deleted either.
def f():
    del __debug__
