# Cooperative multiple inheritance: every class calls super() so each
# __init__ and method runs exactly once in MRO order; keyword arguments are
# peeled off along the chain; leftover kwargs reach object.__init__ and fail.
trace = []


class Root:
    def __init__(self, **kwargs):
        trace.append("Root")
        super().__init__(**kwargs)

    def describe(self):
        return ["Root"]


class Named(Root):
    def __init__(self, name="?", **kwargs):
        trace.append("Named")
        self.name = name
        super().__init__(**kwargs)

    def describe(self):
        return ["Named:" + self.name] + super().describe()


class Colored(Root):
    def __init__(self, color="none", **kwargs):
        trace.append("Colored")
        self.color = color
        super().__init__(**kwargs)

    def describe(self):
        return ["Colored:" + self.color] + super().describe()


class Sized(Root):
    def __init__(self, size=0, **kwargs):
        trace.append("Sized")
        self.size = size
        super().__init__(**kwargs)

    def describe(self):
        return [f"Sized:{self.size}"] + super().describe()


class Thing(Named, Colored, Sized):
    def __init__(self, **kwargs):
        trace.append("Thing")
        super().__init__(**kwargs)

    def describe(self):
        return ["Thing"] + super().describe()


print([k.__name__ for k in Thing.__mro__])
t = Thing(name="box", color="red", size=3)
print(trace)
print(t.describe())
trace.clear()
t2 = Thing(color="blue")
print(trace, t2.name, t2.color, t2.size)
trace.clear()
try:
    Thing(name="x", weight=5)
except TypeError as e:
    print(type(e).__name__, e, trace)


class Other(Sized, Colored):
    pass


trace.clear()
o = Other(size=1, color="green")
print(trace, o.describe())


# a chain of save() methods
class Saver:
    def save(self, log):
        log.append("Saver")
        return log


class Validate(Saver):
    def save(self, log):
        log.append("Validate")
        return super().save(log)


class Timestamp(Saver):
    def save(self, log):
        log.append("Timestamp")
        return super().save(log)


class Model(Validate, Timestamp):
    def save(self, log):
        log.append("Model")
        return super().save(log)


print(Model().save([]))
print(Timestamp().save([]), Validate().save([]))
