# Zero-argument super() and __class__ in methods make the class body provide
# the __class__ cell: the metaclass call's result is assigned to it, and the
# methods take it as a closure variable.
class C(Base):
    def method(self):
        return super().method()

    def which(self):
        return __class__
