# Name mangling of __private names: attributes, methods and class
# attributes become _Class__name; subclasses do not clash; access from
# outside via the mangled name; getattr/setattr/hasattr with strings are
# NOT mangled; nested classes mangle with the innermost class name; names
# with trailing double underscores and leading-underscore class names.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    def via_getattr(self):
        return getattr(self, "__owner", "not found by plain string")

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann")
print(a.reveal(), Account.count(), sorted(vars(a)), a._Account__owner, a._Account__secret())
print(a.via_getattr(), getattr(a, "_Account__owner"))
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.__secret()
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Account) if "Account" in k))


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow"

    def both(self):
        return self.__owner, self._Account__owner


s = Savings("bob")
print(s.both(), sorted(vars(s)), s.reveal())

setattr(s, "__plain", 1)
print(sorted(vars(s)), hasattr(s, "__plain"), getattr(s, "__plain"))


class Outer:
    __hidden = "outer hidden"

    class Inner:
        __hidden = "inner hidden"

        def get(self):
            return self.__hidden

        def get_outer(self):
            return Outer._Outer__hidden

    def get(self):
        return self.__hidden, self.Inner().get()


print(Outer().get(), Outer.Inner().get_outer(), sorted(k for k in vars(Outer.Inner) if "hidden" in k))


class _Leading:
    __x = 1

    def get(self):
        return self.__x


class __Double:
    __y = 2


print(_Leading().get(), sorted(k for k in vars(_Leading) if k.endswith("x")))
print(sorted(k for k in vars(__Double) if k.endswith("y")))


class Dunder:
    __special__ = "not mangled"
    __ = "just underscores"

    def get(self):
        return self.__special__, self.__


print(Dunder().get(), "__special__" in vars(Dunder))


class Mangler:
    def method(self):
        __local = "locals are mangled too"
        return sorted(locals().items(), key=lambda kv: kv[0])[0]

    def lambdas(self):
        f = lambda __arg: __arg * 2
        return f(3), f.__code__.co_varnames

    def import_name(self):
        import collections as __c
        return sorted(k for k in locals() if "c" in k)


m = Mangler()
print(m.method(), m.lambdas(), m.import_name())


def outside(obj):
    return obj.__owner


Account.peek = outside
try:
    a.peek()
except AttributeError as e:
    print(type(e).__name__, e)


class Peeker:
    def peek(self, other):
        return other._Account__owner

    def try_peek(self, other):
        return other.__owner


print(Peeker().peek(a))
try:
    Peeker().try_peek(a)
except AttributeError as e:
    print(type(e).__name__, e)
