# Code object attributes of functions: co_name, co_qualname, co_argcount,
# co_posonlyargcount, co_kwonlyargcount, co_nlocals, co_varnames,
# co_freevars, co_cellvars, co_firstlineno, co_flags bits for *args,
# **kwargs, generators and nested functions, co_filename basename.
import inspect
import os


def plain(a, b, c=1):
    total = a + b + c
    return total


def varargs(x, /, y, *args, z, **kwargs):
    local_one = 1
    return local_one


def outer(p):
    captured = p * 2

    def inner(q):
        return captured + q + p
    return inner


def gen(n):
    for i in range(n):
        yield i


def describe(fn):
    code = fn.__code__
    print(f"{code.co_name}: qualname={code.co_qualname} argcount={code.co_argcount} "
          f"posonly={code.co_posonlyargcount} kwonly={code.co_kwonlyargcount} "
          f"nlocals={code.co_nlocals}")
    print("  varnames", code.co_varnames)
    print("  freevars", code.co_freevars, "cellvars", code.co_cellvars)
    print("  firstlineno", code.co_firstlineno, "file", os.path.basename(code.co_filename))
    flags = code.co_flags
    print("  VARARGS", bool(flags & inspect.CO_VARARGS),
          "VARKEYWORDS", bool(flags & inspect.CO_VARKEYWORDS),
          "GENERATOR", bool(flags & inspect.CO_GENERATOR),
          "NESTED", bool(flags & inspect.CO_NESTED))


describe(plain)
describe(varargs)
describe(outer)
describe(outer(1))
describe(gen)
describe(lambda k, *, m=2: k)


class Holder:
    def method(self, value):
        return value

    @staticmethod
    def static():
        pass


describe(Holder.method)
describe(Holder.static)
print(plain.__code__.co_firstlineno < varargs.__code__.co_firstlineno < outer.__code__.co_firstlineno)
print(outer(1).__code__.co_firstlineno - outer.__code__.co_firstlineno)
print(type(plain.__code__).__name__, plain.__code__ is plain.__code__)
print(outer(1).__code__ is outer(2).__code__, outer(1) is outer(1))
print([c.co_name for c in outer.__code__.co_consts if hasattr(c, "co_name")])


def decorated_line():
    return inspect.currentframe().f_lineno


print("line inside body:", decorated_line() - decorated_line.__code__.co_firstlineno)
replaced = plain.__code__.replace(co_name="renamed")
print(replaced.co_name, plain.__code__.co_name, replaced.co_varnames)


def swap_target(a, b, c=1):
    return "swap target"


def swap_source(a, b, c=1):
    return "swap source " + str(a + b + c)


swap_target.__code__ = swap_source.__code__
print(swap_target(1, 2), swap_target.__name__, swap_target.__code__.co_name)
try:
    swap_target.__code__ = outer(1).__code__
except ValueError as e:
    print(type(e).__name__, e)
