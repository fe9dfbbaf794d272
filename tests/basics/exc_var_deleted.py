# The `except ... as name` variable is deleted when the handler ends: a
# NameError at module level afterwards, UnboundLocalError in a function,
# even if the name was bound before the try; deletion also on return/break
# out of the handler; a copy under another name survives; del of the name
# inside the handler; the name in a class body and in a closure.
import sys

e = "module value before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("module:", type(err).__name__, err)
print("globals has e:", "e" in globals())


def local_case():
    error = "before"
    try:
        1 / 0
    except ZeroDivisionError as error:
        kept = error
    try:
        return error
    except UnboundLocalError as u:
        return f"{type(u).__name__}: {u} (kept {kept!r})"


print(local_case())


def deleted_on_return():
    try:
        raise KeyError("r")
    except KeyError as exc:
        return locals().get("exc")


print("returned while bound:", repr(deleted_on_return()))


def deleted_on_break():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as exc:
            if i == 1:
                break
    return "exc" in locals(), i


print(deleted_on_break())


def deleted_on_continue():
    seen = []
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as exc:
            seen.append("exc" in locals())
            continue
    seen.append("exc" in locals())
    return seen


print(deleted_on_continue())


def del_inside_handler():
    try:
        raise TypeError("t")
    except TypeError as exc:
        del exc
        return "deleted inside: fine"


print(del_inside_handler())


def rebind_inside_handler():
    try:
        raise TypeError("t")
    except TypeError as exc:
        exc = "rebound"
    return "exc" in locals()


print("rebound survives:", rebind_inside_handler())


class Body:
    try:
        raise OSError("class")
    except OSError as problem:
        seen = str(problem)
    has_problem = "problem" in locals()


print(Body.seen, Body.has_problem, hasattr(Body, "problem"))


def closure_case():
    try:
        raise ValueError("closure")
    except ValueError as exc:
        def get():
            return exc
        print("inside:", get())
    try:
        return get()
    except NameError as ne:
        return f"{type(ne).__name__}: {ne}"


print(closure_case())


# nested handlers with the same name
def same_name():
    try:
        raise ValueError("outer")
    except ValueError as exc:
        try:
            raise KeyError("inner")
        except KeyError as exc:
            pass
        return "exc" in locals()


print("after inner with same name:", same_name())

# sys.exc_info after the handler also cleared
try:
    raise RuntimeError("cleared")
except RuntimeError as gone:
    pass
print(sys.exc_info(), "gone" in dir())
try:
    gone
except NameError as err:
    print(err)

# the variable of a loop that was never entered stays unbound
for n in []:
    pass
try:
    print(n)
except NameError as err:
    print(err)
print(e)
