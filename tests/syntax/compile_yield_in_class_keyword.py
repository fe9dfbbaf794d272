# Class keywords run in the enclosing scope, the module here.
class A(base, metaclass=(yield)):
    pass
