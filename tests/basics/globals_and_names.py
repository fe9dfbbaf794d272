# Module-level names and the global statement: reading globals from
# functions, rebinding with global, creating globals from a function,
# deleting names, NameError for unknown names, builtins shadowed and
# restored.
counter = 0
config = {"debug": False}


def bump():
    global counter
    counter += 1
    return counter


def create():
    global created
    created = "made in function"


def read_only():
    return counter * 10


def mutate_without_global():
    config["debug"] = True


bump()
bump()
print(counter, read_only())
create()
print(created)
mutate_without_global()
print(config)
temp = 5
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e)
def len(x):
    return "shadowed"


print(len([1, 2]))
del len
print(len([1, 2]))


def uses_builtin():
    return max(3, 9), abs(-2)


print(uses_builtin())
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
x = 1


def shadows_global():
    x = 2
    return x


print(shadows_global(), x)


def reads_later_global():
    return later_global


later_global = "bound after def"
print(reads_later_global())
present = []
for k in ("counter", "config", "temp"):
    if k in globals():
        present.append(k)
print(present)
