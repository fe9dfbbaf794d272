# nonlocal: counters and accumulators, nonlocal across two levels, nonlocal
# versus global with the same name, nonlocal in a loop body closure, state
# objects built from closures, and closures over parameters of the
# enclosing function that are then rebound.
def counter(start=0, step=1):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    def reset(value=start):
        nonlocal count
        old, count = count, value
        return old
    return tick, reset


tick, reset = counter()
print(tick(), tick(), tick(), reset(), tick())
t2, r2 = counter(100, -10)
print(t2(), t2(), r2(5), t2(), tick())


def two_levels():
    depth = 0

    def middle():
        def inner():
            nonlocal depth
            depth += 10
            return depth
        inner()
        return inner()
    return middle(), depth


print("two levels:", two_levels())

name = "global"


def shadow():
    name = "enclosing"

    def change_nonlocal():
        nonlocal name
        name = "nonlocal changed"

    def change_global():
        global name
        name = "global changed"
    change_nonlocal()
    change_global()
    return name


print(shadow(), name)


def accumulate(values):
    total = 0
    history = []

    def add(v):
        nonlocal total
        total += v
        history.append(total)
    for v in values:
        add(v)
    return total, history


print(accumulate([1, 2, 3, 4]))


def param_closure(x):
    def get():
        return x

    def set_(v):
        nonlocal x
        x = v
    x = x * 2
    return get, set_


get, set_ = param_closure(21)
print(get())
set_("replaced")
print(get())


def make_account(balance):
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": lambda: balance}


acct = make_account(50)
print(acct["deposit"](25), acct["withdraw"](70), acct["balance"]())
for op, amt in [("withdraw", 10), ("deposit", -1)]:
    try:
        acct[op](amt)
    except ValueError as e:
        print(type(e).__name__, e)


def nonlocal_in_loop():
    fired = []
    last = None
    for i in range(3):
        def mark():
            nonlocal last
            last = i
            fired.append(last)
        mark()
    return last, fired


print(nonlocal_in_loop())


def augmented_kinds():
    s = "a"
    lst = [1]
    n = 1

    def mutate():
        nonlocal s, n
        s *= 3
        n <<= 4
        lst.extend([2])
    mutate()
    mutate()
    return s, n, lst


print(augmented_kinds())


def nonlocal_del():
    v = "present"

    def remove():
        nonlocal v
        del v

    def read():
        return v
    remove()
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(nonlocal_del())
