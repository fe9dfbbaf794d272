# Class bodies: names live in the class namespace; reads look there first,
# then fall back (to the module, or to the enclosing function's cell for a
# name the class does not bind). Methods do not see class names.
def factory():
    x = "function x"
    y = "function y"

    class C:
        x = "class x"
        z = x + y

        def method(self):
            return x

    return C
