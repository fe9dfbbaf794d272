# The global statement: rebinding module globals from functions, creating
# new globals, global in nested functions, global del, globals() views,
# global names read before and after rebinding, and global declarations
# inside class bodies and methods.
counter = 0


def increment():
    global counter
    counter += 1
    return counter


print(increment(), increment(), counter)


def create():
    global created_later
    created_later = "created inside a function"


print("before:", "created_later" in globals())
create()
print("after:", created_later)


def remove():
    global created_later
    del created_later


remove()
try:
    created_later
except NameError as e:
    print(type(e).__name__, e)
try:
    remove()
except NameError as e:
    print(type(e).__name__, e)


def outer():
    counter = "local in outer"

    def inner():
        global counter
        counter = 1000
        return counter
    inner()
    return counter


print(outer(), counter)


def multiple():
    global a, b
    a, b = "A", "B"
    for glob_loop in range(2):
        pass


multiple()
print(a, b, "glob_loop" in globals())


def loop_target():
    global loop_var
    for loop_var in range(3):
        pass


loop_target()
print("loop_var:", loop_var)


def via_globals_dict():
    globals()["dynamic"] = "set through globals()"
    g = globals()
    g["counter"] += 1


via_globals_dict()
print(dynamic, counter)


def read_only():
    return counter * 2


print(read_only())
counter = 7
print(read_only())


class Holder:
    global from_class
    from_class = "assigned in class body"
    attr = "class attribute"

    def method(self):
        global from_method
        from_method = self.attr
        return from_method


print(from_class, Holder().method(), from_method, hasattr(Holder, "from_class"))


def global_import():
    global json_module
    import json as json_module


global_import()
print(json_module.dumps({"k": [1]}))


def global_function_def():
    global defined_inside

    def defined_inside():
        return "global function created from a function"


global_function_def()
print(defined_inside(), defined_inside.__qualname__)


def augmented_global_list():
    global items
    items = items + ["appended"]


items = ["start"]
augmented_global_list()
print(items)


def exec_global():
    exec("global exec_made\nexec_made = 5")


exec_global()
print("exec_made" in globals(), globals().get("exec_made"))
