# Generators as methods: __iter__ written as a generator, generator methods
# using self (seeing attribute changes made while suspended), super() inside
# a generator method (zero-argument form, across yields), classmethod and
# staticmethod generators, a generator method overriding and extending its
# parent's via yield from super(), and a property returning a generator.
class Range3:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        for i in range(3):
            yield self.start + i


r = Range3(10)
print(list(r), list(r), sum(r))


class Counter:
    def __init__(self):
        self.step = 1

    def count(self, n):
        value = 0
        for _ in range(n):
            value += self.step
            yield value


c = Counter()
g = c.count(5)
print(next(g), next(g))
c.step = 100
print(list(g))


class Base:
    def items(self):
        yield "base-1"
        yield "base-2"

    def describe(self):
        yield f"Base.describe for {type(self).__name__}"


class Child(Base):
    def items(self):
        yield "child-start"
        yield from super().items()
        yield "child-end"

    def describe(self):
        parent = super().describe()
        yield "Child.describe"
        yield next(parent)
        yield "super() still usable after yield: " + str(super().items.__qualname__)


class GrandChild(Child):
    def items(self):
        for item in super().items():
            yield item.upper()


print(list(Child().items()))
print(list(Child().describe()))
print(list(GrandChild().items()))


class Factory:
    prefix = "cls"

    @classmethod
    def make(cls, n):
        for i in range(n):
            yield f"{cls.prefix}{i}"

    @staticmethod
    def evens(limit):
        yield from range(0, limit, 2)

    @property
    def letters(self):
        return (ch for ch in "xyz")


class SubFactory(Factory):
    prefix = "sub"


print(list(Factory.make(2)), list(SubFactory.make(2)), list(Factory.evens(7)))
f = Factory()
print(list(f.letters), list(f.letters), type(f.letters).__name__)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), list(t.depth_first()))
method_gen = Child().items()
print(method_gen.__qualname__, method_gen.gi_frame.f_locals["self"].__class__.__name__)


class Stateful:
    def __init__(self):
        self.log = []

    def process(self):
        while True:
            item = yield len(self.log)
            if item is None:
                return self.log
            self.log.append(item)


s = Stateful()
p = s.process()
next(p)
p.send("a")
p.send("b")
try:
    p.send(None)
except StopIteration as e:
    print(e.value, e.value is s.log)


class Broken(Base):
    def items(self):
        yield "ok"
        yield from super().missing()


try:
    list(Broken().items())
except AttributeError as e:
    print(type(e).__name__, e)
