# UnboundLocalError: a name is local to the whole function if it is assigned
# anywhere in it (also by augmented assignment, for targets, with-as,
# except-as, import, def, del), so reading it before the assignment fails
# even though a global with the same name exists. The messages are printed.
value = "global value"


def reads_then_assigns():
    print(value)
    value = "local"


def augmented():
    value += "!"


def assigned_in_branch(flag):
    if flag:
        value = "branch"
    return value


def for_target():
    result = value
    for value in range(2):
        pass
    return result


def except_target():
    try:
        raise ValueError("x")
    except ValueError as value:
        pass
    return value


def import_target():
    print(json)
    import json


def def_target():
    helper()

    def helper():
        pass


def deleted_twice():
    x = 1
    del x
    del x


def conditional_del(flag):
    y = "set"
    if flag:
        del y
    return y


for label, thunk in [
    ("reads_then_assigns", reads_then_assigns),
    ("augmented", augmented),
    ("assigned_in_branch(False)", lambda: assigned_in_branch(False)),
    ("assigned_in_branch(True)", lambda: assigned_in_branch(True)),
    ("for_target", for_target),
    ("except_target", except_target),
    ("import_target", import_target),
    ("def_target", def_target),
    ("deleted_twice", deleted_twice),
    ("conditional_del(False)", lambda: conditional_del(False)),
    ("conditional_del(True)", lambda: conditional_del(True)),
]:
    try:
        print(label, "->", thunk())
    except UnboundLocalError as e:
        print(label, "->", type(e).__name__, e, "| is NameError:", isinstance(e, NameError))


def class_body_is_different():
    class K:
        attr = value
        value = "class local"
    return K.attr, K.value


print(class_body_is_different())


def comprehension_scope():
    total = [value for _ in range(1)]
    value = "later"
    return total


try:
    comprehension_scope()
except NameError as e:
    print(type(e).__name__, e)


def closure_unbound():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print("free variable:", type(e).__name__, e)
    late = 1
    return inner()


print(closure_unbound())


def with_loop_break(items):
    for found in items:
        if found > 1:
            break
    return found


print(with_loop_break([1, 2, 3]))
try:
    with_loop_break([])
except UnboundLocalError as e:
    print(type(e).__name__, e)
