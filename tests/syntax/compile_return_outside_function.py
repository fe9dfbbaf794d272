# return in a class body, which is not a function.
class A:
    def f(self):
        return 1
    return 2
