# Unbound locals, free variables and names; del of every kind of variable;
# cells that are parameters; names shadowing builtins.
def unbound_local():
    if False:
        x = 1
    return x
def unbound_free():
    def inner():
        return value
    try:
        return inner()
    finally:
        value = 1
def deleted_cell():
    value = 1
    def inner():
        return value
    del value
    return inner()
def param_cell(a, b=2):
    def inner():
        return a + b
    a = 10
    return inner()
def del_twice():
    x = 1
    del x
    del x
def nonlocal_del():
    v = 3
    def drop():
        nonlocal v
        del v
    drop()
    return v
for fn in (unbound_local, unbound_free, deleted_cell, del_twice, nonlocal_del):
    try:
        print(fn())
    except NameError as e:
        print(type(e).__name__, e)
print(param_cell(1))
def shadow():
    len = lambda x: 42
    return len("abc")
print(shadow(), len("abc"))
def global_decl():
    global created_later
    created_later = "made"
global_decl()
print(created_later)
try:
    del created_never
except NameError as e:
    print(e)
def loop_closures():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(loop_closures())
try:
    undefined_function()
except NameError as e:
    print(e, e.name)
try:
    print(lenn)
except NameError as e:
    print(e)
