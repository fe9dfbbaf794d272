# The TypeErrors CPython raises for bad calls, message for message: missing,
# unexpected and duplicate arguments, too many positionals, positional-only
# given by keyword, keyword-only missing, bad * and ** arguments, calling
# what is not callable.
def f(a, b, c=3):
    return a + b + c


def g(a, /, b, *, c):
    return (a, b, c)


def h(*, x, y):
    return x + y


def k(a, b, c, d):
    return a


one = 1
text = "abc"
not_iterable = 5
bad_keys = {1: 2}
not_mapping = [1]


def case(number):
    if number == 0:
        return f()
    if number == 1:
        return f(1)
    if number == 2:
        return f(1, 2, 3, 4)
    if number == 3:
        return f(1, 2, d=4)
    if number == 4:
        return f(1, 2, a=1)
    if number == 5:
        return g(a=1, b=2, c=3)
    if number == 6:
        return g(1, 2, 3)
    if number == 7:
        return g(1, 2)
    if number == 8:
        return g(1, b=2)
    if number == 9:
        return h()
    if number == 10:
        return h(1)
    if number == 11:
        return h(x=1)
    if number == 12:
        return k(1)
    if number == 13:
        return k()
    if number == 14:
        return f(*not_iterable)
    if number == 15:
        return f(**bad_keys)
    if number == 16:
        return f(1, **{"b": 2}, **{"b": 3})
    if number == 17:
        return f(**not_mapping)
    if number == 18:
        return one()
    if number == 19:
        return text(2)
    if number == 20:
        return len()
    if number == 21:
        return len(1, 2)
    if number == 22:
        return int(x=1)
    if number == 23:
        return f(1, 2, 3, c=4)
    if number == 24:
        return h(x=1, y=2, z=3)
    return "no case"


for i in range(26):
    try:
        print(i, "returned", case(i))
    except TypeError as e:
        print(i, "TypeError:", e)
print(f(1, 2), g(1, 2, c=3), h(x=1, y=2), k(1, 2, 3, 4))
