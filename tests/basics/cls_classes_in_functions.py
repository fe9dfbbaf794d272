# Classes created inside functions: each call creates a distinct class,
# methods closing over the function's locals (late binding, nonlocal
# updates), class factories with parameters, classes in loops capturing
# the loop variable, class bodies reading enclosing function locals, and
# isinstance across separately created classes.
def make_counter_class(start, step):
    count = start

    class Counter:
        initial = start

        def next(self):
            nonlocal count
            count += step
            return count

        def peek(self):
            return count

        @classmethod
        def describe(cls):
            return f"{cls.__name__}(start={start}, step={step})"

    return Counter


C1 = make_counter_class(0, 1)
C2 = make_counter_class(100, 10)
a, b = C1(), C1()
print(a.next(), b.next(), a.peek(), C1.initial, C1.describe(), C2.describe())
print(C2().next(), C2().next(), C1().peek())
print(C1 is C2, C1.__name__ == C2.__name__, isinstance(a, C2), type(a) is C1)
print(C1.__qualname__, C1.next.__qualname__)


def make_late():
    value = "before"

    class Late:
        def get(self):
            return value

    value = "after"
    obj = Late()
    value = "later still"
    return obj


print(make_late().get())

classes = []
for i in range(3):
    class Numbered:
        n = i

        def get(self, i=i):
            return i

        def late(self):
            return i
    classes.append(Numbered)
print([c.n for c in classes], [c().get() for c in classes], [c().late() for c in classes])
print(len(set(classes)))


def validator_factory(minimum, maximum):
    class Validated:
        def __init__(self, value):
            if not minimum <= value <= maximum:
                raise ValueError(f"{value} not in [{minimum}, {maximum}]")
            self.value = value

        def __repr__(self):
            return f"Validated[{minimum}..{maximum}]({self.value})"
    return Validated


Percent = validator_factory(0, 100)
print(Percent(50))
try:
    Percent(101)
except ValueError as e:
    print(type(e).__name__, e)


def outer():
    x = 1

    class A:
        y = x + 1

        def f(self):
            return x, A.y

    x = 10
    return A


A = outer()
print(A.y, A().f())


def with_closure_cell():
    class Cell:
        def who(self):
            return __class__.__name__
    return Cell


print(with_closure_cell()().who(), with_closure_cell().who.__code__.co_freevars)


def subclass_factory(base):
    class Derived(base):
        def __repr__(self):
            return f"Derived<{base.__name__}>({super().__repr__()})"
    return Derived


print(subclass_factory(list)([1, 2]), subclass_factory(dict)(a=1), subclass_factory(int)(5) + 1)


def recursive_class():
    class Node:
        def __init__(self, depth):
            self.child = Node(depth - 1) if depth else None

        def depth(self):
            return 1 + (self.child.depth() if self.child else 0)
    return Node(4).depth()


print(recursive_class())
