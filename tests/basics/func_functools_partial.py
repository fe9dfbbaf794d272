# functools.partial: frozen positional and keyword arguments, overriding
# keywords at call time, nested partials flattening, attributes func/args/
# keywords, partial objects as methods (partialmethod), errors when the
# partial is called wrongly, and repr of partials of builtins.
import functools


def power(base, exponent, *, mod=None):
    result = base ** exponent
    return result if mod is None else result % mod


square = functools.partial(power, exponent=2)
cube_mod = functools.partial(power, exponent=3, mod=5)
two_to = functools.partial(power, 2)
print(square(3), square(4, exponent=3), cube_mod(4), two_to(10), two_to(10, mod=7))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)

nested = functools.partial(functools.partial(power, 3), mod=4)
print(nested.func is power, nested.args, nested.keywords, nested(2))


def collect(*args, **kwargs):
    return args, kwargs


p = functools.partial(collect, 1, 2, a="a")
print(p(), p(3, b="b"), p(a="override"))
p2 = functools.partial(p, 3, c="c")
print(p2.args, p2.keywords, p2(4))

for call in (lambda: square(), lambda: two_to(1, 2), lambda: square(2, 3),
             lambda: functools.partial(), lambda: functools.partial(5)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

print(repr(functools.partial(max, 1, key=abs)))
print(repr(functools.partial(sorted, reverse=True)))
ints = functools.partial(int, base=2)
print(ints("1010"), ints("11", base=3), list(map(ints, ["1", "10", "11"])))


class Cell:
    def __init__(self):
        self.state = "off"

    def set_state(self, value):
        self.state = value
        return self

    on = functools.partialmethod(set_state, "on")
    off = functools.partialmethod(set_state, "off")


cell = Cell()
print(cell.on().state, cell.off().state, cell.on().state)
print(type(Cell.__dict__["on"]).__name__)

p.attr = "partials have a dict"
print(p.attr, p.__dict__)
try:
    p.func = max
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(p, functools.partial), callable(p))
adders = [functools.partial(lambda x, y: x + y, i) for i in range(3)]
print([add(10) for add in adders])
print(sorted(["bb", "a", "ccc"], key=functools.partial(len)))
