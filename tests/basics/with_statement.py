# The with statement: __enter__/__exit__ order, the value bound by `as`,
# exceptions passed to __exit__ and suppressed when it returns True,
# multiple context managers, nested withs, return and break inside with.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Manager("a") as value:
    print("inside", value)
with Manager("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Manager("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Manager("d") as d, Manager("e") as e:
    print("two managers", d, e)


def early_return():
    with Manager("f"):
        return "returned"


print(early_return())
for i in range(3):
    with Manager(f"loop{i}"):
        if i == 1:
            break
print("loop done")
