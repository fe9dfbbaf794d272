# UnboundLocalError: reading a local before assignment, after del, and in a
# branch not taken; the messages CPython gives.
value = "global"


def reads_before_assignment():
    print(value)
    value = "local"


def after_del():
    item = 1
    del item
    return item


def branch(flag):
    if flag:
        result = "set"
    return result


for fn in (reads_before_assignment, after_del):
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
print(branch(True))
try:
    branch(False)
except NameError as e:
    print(type(e).__name__, e)
