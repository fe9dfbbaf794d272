# global and nonlocal statements: rebinding module names from functions,
# creating new globals from a function, global in nested functions and
# class bodies, nonlocal across several levels, nonlocal counters shared
# by multiple closures, global declared at module level (no effect), and
# names read before/after global assignment.
global counter
counter = 0
counter += 1


def increment():
    global counter
    counter += 1
    return counter


print(increment(), increment(), counter)


def create():
    global created_later
    created_later = "made in function"


print("created_later" in globals())
create()
print(created_later)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x


print(outer())


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = 0
    return inc, get, reset


inc, get, reset = make_counter()
inc()
inc(5)
print(get())
reset()
print(get(), inc(2))
inc2, get2, _ = make_counter()
inc2(100)
print(get(), get2())
value = "module"


def shadow():
    value = "local"

    def inner_global():
        global value
        return value

    def inner_nonlocal():
        nonlocal value
        value = "local changed"
        return value
    return inner_global(), inner_nonlocal(), value


print(shadow(), value)


class Config:
    global class_made
    class_made = "from class body"
    setting = counter


print(class_made, Config.setting)


def nested_global():
    def inner():
        global deep
        deep = "deep global"
    inner()


nested_global()
print(deep)


def loop_nonlocal():
    total = 0
    funcs = []
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
        funcs.append(add)
    for f in funcs:
        f()
    return total


print(loop_nonlocal())


def global_then_del():
    global temp
    temp = 1
    del temp


global_then_del()
print("temp" in globals())


def read_missing():
    global never_defined
    return never_defined


try:
    read_missing()
except NameError as e:
    print(type(e).__name__, e)
for bad in ("def f():\n    x = 1\n    global x\n", "def f():\n    nonlocal q\n",
            "nonlocal x\n", "def f(a):\n    global a\n"):
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
