# A metaclass keyword written first is evaluated into the metaclass
# temporary; one written later, or one that may come from **kwargs, is
# taken out of the keyword dict at run time.
class A(metaclass=Meta):
    pass

class B(Base, option=1, metaclass=Meta):
    pass

class D(**options):
    pass
