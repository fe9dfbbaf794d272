# Metaclass selection: the most derived metaclass wins, conflicts between
# unrelated metaclasses raise TypeError, an explicit metaclass that is a
# base of the derived metaclass is upgraded, type() with conflicting bases.
class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(metaclass=M3):
    pass


def attempt(label, make):
    try:
        cls = make()
        print(label, "->", cls.__name__, "metaclass", type(cls).__name__)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


def ab():
    class AB(A, B):
        pass
    return AB


def ac():
    class AC(A, C):
        pass
    return AC


def ca():
    class CA(C, A):
        pass
    return CA


def explicit_base():
    class E(C, metaclass=M1):
        pass
    return E


def explicit_unrelated():
    class F(A, metaclass=M2):
        pass
    return F


def explicit_type():
    class G(C, metaclass=type):
        pass
    return G


def plain_and_meta():
    class H(object, C):
        pass
    return H


attempt("AB", ab)
attempt("AC", ac)
attempt("CA", ca)
attempt("explicit base", explicit_base)
attempt("explicit unrelated", explicit_unrelated)
attempt("explicit type", explicit_type)
attempt("plain+meta", plain_and_meta)
attempt("type() AB", lambda: type("T", (A, B), {}))
attempt("M1() AC", lambda: M1("T2", (A, C), {}))
attempt("M2() A", lambda: M2("T3", (A,), {}))


class M12(M1, M2):
    pass


def fixed():
    class Fixed(A, B, metaclass=M12):
        pass
    return Fixed


attempt("fixed", fixed)
print([k.__name__ for k in M12.__mro__])
