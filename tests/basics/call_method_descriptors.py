# Methods of built-in types called through the object (`stack.append(x)`):
# one argument, none, a vector of them, with keywords, wrong counts, on
# subclasses and on objects that shadow the method with an attribute.

stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack.pop(), stack.pop(0), stack)
print(", ".join(["a", "b", "c"]), "abc".upper(), "a-b-c".split("-"))
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 7), d.setdefault("z", 3), sorted(d.items()))
print("hello".startswith("he"), "hello".find("l", 3), "  pad ".strip())
print([3, 1, 2].index(2), (1, 2, 2).count(2), {1, 2}.union({3}))
s = sorted([5, 3, 9], reverse=True)
s.sort(key=lambda v: -v)
print(s, "x".join(map(str, s)))
b = bytearray(b"ab")
b.extend(b"cd")
print(b, b.decode(), b"hex".hex())


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


show("append no args", lambda: [].append())
show("append two args", lambda: [].append(1, 2))
show("pop too many", lambda: [1].pop(0, 1))
show("pop empty", lambda: [].pop())
show("pop index", lambda: [1].pop(5))
show("upper with arg", lambda: "a".upper(1))
show("get keyword", lambda: {}.get(key=1))
show("join non-str", lambda: ",".join([1, 2]))
show("sort keyword", lambda: [2, 1].sort(reverse=True))
show("unbound on wrong type", lambda: list.append((), 1))


class MyList(list):
    def append(self, value):
        list.append(self, value * 10)


class Counting(list):
    pass


m = MyList()
m.append(4)
c = Counting()
c.append(5)
c.extend([6, 7])
print(m, c, c.pop(), type(c).__name__)


class Shadow:
    def __init__(self):
        self.append = lambda value: print("instance attribute", value)


Shadow().append(3)


def deep(n):
    items = []
    items.append(n)
    return items.pop() + (deep(n - 1) if n else 0)


print(deep(200))
