# Pickling and copying functions: module-level functions, builtins and
# classes pickle by reference (round trip yields the same object), lambdas
# and nested functions cannot be pickled (PicklingError/AttributeError
# messages), partials of module functions pickle, copy.copy and deepcopy
# return the function itself, and types.FunctionType builds a real copy.
import copy
import functools
import pickle
import types


def module_level(x, y=2):
    return x * y


class Container:
    def method(self):
        return "method result"

    @staticmethod
    def static():
        return "static result"


def outer():
    def nested():
        pass
    return nested


for obj in [module_level, len, Container, Container.method, Container.static, functools.reduce]:
    data = pickle.dumps(obj)
    back = pickle.loads(data)
    print(getattr(obj, "__qualname__", obj), back is obj, b"module_level" in data or b"Container" in data or b"builtins" in data or b"functools" in data)

print(pickle.loads(pickle.dumps(module_level))(4))
bound = Container().method
print(pickle.loads(pickle.dumps(bound))(), type(pickle.loads(pickle.dumps(bound))).__name__)

for label, obj in [("lambda", lambda: 0), ("nested", outer())]:
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError) as e:
        print(label, type(e).__name__, str(e).split(":")[-1].strip())

part = functools.partial(module_level, 5, y=3)
restored = pickle.loads(pickle.dumps(part))
print(restored(), restored.func is module_level, restored.args, restored.keywords)
stored = pickle.loads(pickle.dumps({"fns": [module_level, max], "data": (1, 2)}))
print(stored["fns"][0] is module_level, stored["fns"][1](stored["data"]))

print(copy.copy(module_level) is module_level, copy.deepcopy(module_level) is module_level)
lam = lambda: "lam"
print(copy.copy(lam) is lam, copy.deepcopy([lam])[0] is lam)
module_level.attr = [1]
print(copy.deepcopy(module_level).attr is module_level.attr)

clone = types.FunctionType(module_level.__code__, module_level.__globals__, "clone",
                           module_level.__defaults__, module_level.__closure__)
clone.__dict__.update(copy.deepcopy(module_level.__dict__))
clone.__kwdefaults__ = module_level.__kwdefaults__
print(clone is module_level, clone(3), clone.__name__, clone.__qualname__, clone.attr == module_level.attr,
      clone.attr is module_level.attr)
clone.__defaults__ = (100,)
print(clone(3), module_level(3))

module_level_ref = module_level
del globals()["module_level"]
try:
    pickle.dumps(module_level_ref)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).split(":")[-1].strip())
globals()["module_level"] = module_level_ref
print(len(pickle.dumps(module_level_ref, protocol=0)) > 0, pickle.loads(pickle.dumps(module_level_ref, protocol=0)) is module_level_ref)
