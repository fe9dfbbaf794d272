# Built-in names the program rebinds behave as under CPython: a module that
# binds `len` itself gets no resolution at all; replacing builtins.len (by
# assignment or setattr) is seen by the resolved calls, which check at run
# time that the name still finds the original built-in.
import builtins


def measure(value):
    return len(value), len("abc"), len((1, value))


print(measure([1, 2]))
original = builtins.len
builtins.len = lambda value: "patched"
print(measure([1, 2]))
setattr(builtins, "len", lambda value: "set with setattr")
print(measure([1, 2]))
builtins.len = original
print(measure([1, 2]))
# OPT: builtin_rebinding.py:9: new_builtin: Call of built-in 'len' resolved
