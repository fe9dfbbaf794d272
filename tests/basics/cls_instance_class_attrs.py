# Instance vs. class attributes: lookup order, shadowing a class attribute
# on an instance, mutable class attributes shared between instances,
# augmented assignment creating instance attributes, deleting to reveal the
# class attribute, subclasses overriding class attributes.
class Counter:
    count = 0
    shared = []
    label = "base"

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def bump(self):
        self.count += 1  # creates an instance attribute
        return self.count


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(a.bump(), a.bump(), Counter.count, b.count)
print("count" in vars(a), "count" in vars(b))

a.shared.append(1)
b.shared.append(2)
print(Counter.shared, a.shared is b.shared)
a.shared = ["own"]
print(a.shared, b.shared, Counter.shared)

a.label = "instance"
print(a.label, b.label, Counter.label)
del a.label
print(a.label)
try:
    del a.label
except AttributeError as e:
    print(type(e).__name__, e)

Counter.label = "changed"
print(a.label, b.label)


class Sub(Counter):
    label = "sub"


s = Sub("s")
print(s.label, Counter.label, Sub.count, Counter.count)
Sub.count = 100
print(Sub.count, Counter.count, s.count)
del Sub.count
print(Sub.count)
try:
    del Sub.count
except AttributeError as e:
    print(type(e).__name__, e)

# class attribute lookups through type and instance
print(type(s).label, s.__class__.__name__)
print(getattr(Sub, "label"), getattr(s, "nothing", "default"))
setattr(Sub, "added", 7)
print(s.added, hasattr(Counter, "added"))

# instance __dict__ is independent per instance
x = Counter("x")
y = Counter("y")
x.__dict__["extra"] = 1
print(x.extra, hasattr(y, "extra"), sorted(x.__dict__), sorted(y.__dict__))
try:
    Counter.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x.nothing
except AttributeError as e:
    print(type(e).__name__, e)
