# The function name is stored after its body is compiled: the body's error wins.
def __debug__():
    return
class A:
    yield
