# Closures: captured variables, counters with nonlocal, cells shared between
# sibling closures, late binding in loops, closures over parameters, three
# levels of nesting, __closure__ contents.
def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return increment, peek


inc, peek = make_counter(10)
print(inc(), inc(), inc(5), peek())
inc2, peek2 = make_counter(0)
print(inc2(), peek2(), peek())


def adders():
    result = []
    for i in range(3):
        def add(x):
            return x + i
        result.append(add)
    return result


print("late binding:", adders()[0](10), adders()[2](10))


def adder_bound(n):
    def add(x):
        return x + n
    return add


add5 = adder_bound(5)
add7 = adder_bound(7)
print(add5(1), add7(1), add5.__closure__[0].cell_contents)


def outer():
    level = "outer"

    def middle():
        inner_value = "middle"

        def inner():
            nonlocal level
            level = level + "+inner"
            return level + "/" + inner_value

        return inner

    fn = middle()
    print(fn())
    print(fn())
    return level


print(outer())


def accumulate():
    total = 0
    history = []

    def add(value):
        nonlocal total
        total += value
        history.append(total)
        return total

    return add, history


add, history = accumulate()
for v in (1, 2, 3, 4):
    add(v)
print(history)


def shadow():
    x = "local"

    def reader():
        return x

    x = "rebound"
    return reader()


print(shadow())


def fib_memo():
    memo = {}

    def fib(n):
        if n in memo:
            return memo[n]
        value = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = value
        return value

    return fib


print(fib_memo()(90))


def unbound_free():
    def read():
        return later

    try:
        read()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return read()


print(unbound_free())
print(make_counter.__code__.co_cellvars, inc.__code__.co_freevars)
