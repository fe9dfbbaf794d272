# Closure cells: two inner functions sharing one cell, __closure__ and
# cell_contents, cell identity across closures, writing cell_contents from
# outside, empty cells (ValueError on cell_contents), closures over
# parameters and over names assigned after the inner def, and
# types.CellType comparisons.
import types


def pair():
    shared = []

    def push(x):
        shared.append(x)
        return len(shared)

    def pop():
        return shared.pop()
    return push, pop


push, pop = pair()
push("a")
push("b")
print(pop(), push("c"), push.__closure__[0] is pop.__closure__[0], pop.__closure__[0].cell_contents)
push2, pop2 = pair()
print(push2.__closure__[0] is push.__closure__[0], push2("z"), pop())


def rebinding_pair():
    value = 0

    def setter(v):
        nonlocal value
        value = v

    def getter():
        return value
    return setter, getter


setter, getter = rebinding_pair()
setter("set via setter")
print(getter(), getter.__closure__[0].cell_contents)
getter.__closure__[0].cell_contents = "set via cell"
print(getter(), setter.__code__.co_freevars, getter.__code__.co_freevars)
cell = getter.__closure__[0]
print(type(cell).__name__, isinstance(cell, types.CellType))


def before_assignment():
    def inner():
        return later
    empty = inner.__closure__[0]
    try:
        empty.cell_contents
    except ValueError as e:
        print("empty cell:", type(e).__name__, e)
    try:
        inner()
    except NameError as e:
        print("call before assignment:", type(e).__name__, e)
    later = "now assigned"
    return inner(), empty.cell_contents


print(before_assignment())


def over_params(a, b=2, *args, c, **kw):
    def inner():
        return a, b, args, c, kw
    return inner


fn = over_params(1, c=3, d=4)
print(fn(), fn.__code__.co_freevars, [type(c.cell_contents).__name__ for c in fn.__closure__])


def multi_cells():
    x, y, z = 1, 2, 3

    def uses_xz():
        return x + z

    def uses_y():
        return y
    return uses_xz, uses_y


xz, yy = multi_cells()
print(xz.__code__.co_freevars, yy.__code__.co_freevars, len(xz.__closure__), len(yy.__closure__))
print(multi_cells.__code__.co_cellvars)

c1 = types.CellType(5)
c2 = types.CellType(5)
c3 = types.CellType()
print(c1 == c2, c1 < types.CellType(6), c1.cell_contents)
try:
    c3.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
c3.cell_contents = "filled"
print(c3.cell_contents)
del c3.cell_contents
try:
    c3.cell_contents
except ValueError as e:
    print("after del:", type(e).__name__, e)


def nonlocal_shared_by_three():
    n = 0

    def inc():
        nonlocal n
        n += 1

    def dec():
        nonlocal n
        n -= 1

    def read():
        return n
    return inc, dec, read


inc, dec, read = nonlocal_shared_by_three()
for f in (inc, inc, inc, dec):
    f()
print(read(), inc.__closure__[0] is dec.__closure__[0] is read.__closure__[0])
print(len({id(f.__closure__[0]) for f in (inc, dec, read)}))

rebuilt = types.FunctionType(read.__code__, globals(), "rebuilt", None, (types.CellType(41),))
print(rebuilt(), rebuilt.__name__)
try:
    types.FunctionType(read.__code__, globals(), "bad", None, ())
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
