# A class: the class body is called directly; it fills the prepared
# namespace (__module__, __qualname__, __doc__, the body under a class
# frame) and calls the metaclass, `type` without bases.
class C:
    """Documented."""
    x = 1
    def method(self):
        return self.x
