# pass and Ellipsis: pass in every block kind (if/else, loops, functions,
# classes, try/except/finally, with, match), ... as a body and as a value
# (singleton, repr, truthiness, in subscripts, as placeholder default),
# functions whose body is only pass/.../docstring returning None.
def only_pass():
    pass


def only_ellipsis():
    ...


def only_doc():
    "docstring only"


print(only_pass(), only_ellipsis(), only_doc(), only_doc.__doc__, only_pass.__doc__)


class Empty:
    pass


class EmptyDots:
    ...


print(Empty.__name__, EmptyDots.__name__, Empty.__doc__, len([k for k in vars(Empty) if not k.startswith("__")]))
for i in range(3):
    pass
print("loop var after pass loop", i)
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
else:
    print("else after pass try")
finally:
    pass
try:
    1 / 0
except ZeroDivisionError:
    pass
print("swallowed")
with open("pass_file.txt", "w"):
    pass
print(open("pass_file.txt").read() == "")
match 5:
    case 1:
        pass
    case _:
        ...
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), str(...), bool(...))
print(type(...)() is ..., ... == ..., [...], (...,), {...: ...})


class Probe:
    def __getitem__(self, key):
        return key


p = Probe()
print(p[...], p[..., 1], p[1:..., ...], p[:, ...])


def placeholder(arg=...):
    if arg is ...:
        return "no argument"
    return f"got {arg!r}"


print(placeholder(), placeholder(None), placeholder(...))
recursive = [1]
recursive.append(recursive)
print(recursive, {"a": ...})
try:
    print(... + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Ellipsis.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
statements = 0
for _ in range(5):
    pass; statements += 1
print(statements)
