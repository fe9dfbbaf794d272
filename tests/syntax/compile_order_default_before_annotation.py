# Defaults are compiled before annotations.
def f(a: (yield) = (await x)):
    pass
