# Names of the form __name are mangled with the class name inside the class
# body and its methods (attributes, locals, parameters); dunder names and
# names outside are not.
class Widget:
    __count = 0
    def __init__(self, __size):
        self.__size = __size
        Widget.__count += 1
    def __repr__(self):
        return str(self.__size)
