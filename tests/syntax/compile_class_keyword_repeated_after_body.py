# Class keywords are compiled after the class body, so the body's error comes first.
class A(metaclass=M, metaclass=N):
    def f(self):
        pass
    return
