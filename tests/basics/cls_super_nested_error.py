# Zero-argument super() inside nested functions, lambdas, comprehensions
# and generators defined in methods: works when __class__ is captured and
# the first argument is available, RuntimeError otherwise. The program ends
# with an uncaught RuntimeError from super() in a nested function.
class Base:
    def hello(self):
        return "Base.hello"


class Child(Base):
    def via_lambda(self):
        f = lambda: super().hello()
        return f

    def via_nested_with_arg(self):
        def inner(me):
            return super(Child, me).hello()
        return inner(self)

    def via_comprehension(self):
        return [super().hello() for _ in range(2)]

    def via_generator(self):
        return list(super().hello() for _ in range(1))

    def nested_no_args(self):
        def inner():
            return super().hello()
        return inner()

    def nested_own_arg(self):
        def inner(x):
            return super().hello()
        return inner(self)

    def nested_uses_class(self):
        def inner():
            return __class__.__name__
        return inner()

    def broken(self):
        def helper():
            return super().hello()
        return helper()


c = Child()
for name in ["via_lambda", "via_nested_with_arg", "via_comprehension", "via_generator",
             "nested_no_args", "nested_own_arg", "nested_uses_class"]:
    try:
        result = getattr(c, name)()
        if callable(result):
            result = result()
        print(name, "->", result)
    except (RuntimeError, TypeError) as e:
        print(name, "->", type(e).__name__, e)


class NoArgs:
    def method():
        return super().hello()


try:
    NoArgs.method()
except RuntimeError as e:
    print("NoArgs", type(e).__name__, e)


class Static(Base):
    @staticmethod
    def s():
        return super().hello()


try:
    Static.s()
except RuntimeError as e:
    print("Static", type(e).__name__, e)

print(c.broken())
