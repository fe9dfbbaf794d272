# import * only at module level.
def f():
    from os import *
