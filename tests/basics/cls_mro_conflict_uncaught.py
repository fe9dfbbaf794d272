# MRO conflicts: inconsistent base orders, duplicate bases, a class listed
# before its own subclass; each TypeError message is printed. The program
# ends with an uncaught MRO conflict at module level.
class A: pass
class B(A): pass
class C(A): pass
class X(B, C): pass
class Y(C, B): pass


def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)


def z():
    class Z(X, Y):
        pass
    return Z


def dup():
    class Dup(A, A):
        pass
    return Dup


def order():
    class Ord(A, B):
        pass
    return Ord


def good():
    class Good(B, A):
        pass
    return Good


def via_type():
    return type("T", (X, Y), {})


attempt("Z", z)
attempt("Dup", dup)
attempt("Ord", order)
attempt("Good", good)
attempt("type()", via_type)
attempt("object first", lambda: type("O", (object, A), {}))
attempt("object last", lambda: type("L", (A, object), {}))


class Final(Y, X):
    pass
