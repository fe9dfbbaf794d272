# Arithmetic dunder methods on a Vector class: + - * / // % ** @, unary
# - + abs ~, divmod, pow with modulus, shifts and bitwise ops; error
# messages for unsupported operand types.
class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return "Vec" + repr(self.xs)

    def _zip(self, other, op):
        if isinstance(other, Vec):
            return Vec(*(op(a, b) for a, b in zip(self.xs, other.xs)))
        if isinstance(other, (int, float)):
            return Vec(*(op(a, other) for a in self.xs))
        return NotImplemented

    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is None:
            return self._zip(o, lambda a, b: a ** b)
        return self._zip(o, lambda a, b: pow(a, b, mod))
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)

    def __matmul__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __neg__(self): return Vec(*(-a for a in self.xs))
    def __pos__(self): return Vec(*(+a for a in self.xs))
    def __abs__(self): return sum(a * a for a in self.xs) ** 0.5
    def __invert__(self): return Vec(*reversed(self.xs))


a = Vec(3, 4)
b = Vec(1, 2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a + 1, a * 2.5, a ** 2, pow(a, 2, 5), divmod(a, b), divmod(a, 2))
print(a << 1, a >> 1, a & 1, a | 8, a ^ b)
print(a @ b, -a, +a, abs(a), ~a)

for expr in ["a + 'x'", "'x' + a", "a @ 3", "3 @ a", "a < b", "a + None", "[] * a",
             "-Vec.__neg__", "a - [1]", "pow(a, 2, 'm')"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)


class Only:
    pass


o = Only()
for op in ["o + 1", "1 - o", "o * o", "-o", "abs(o)", "~o", "o ** 2", "divmod(o, 1)", "o / 2", "o // 2",
           "o % 2", "o << 1", "o & 1", "o | 1", "o ^ 1", "+o", "round(o)"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "->", e)
