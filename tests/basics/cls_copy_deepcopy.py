# copy.copy and copy.deepcopy on class instances: default shallow copies
# sharing nested objects, deep copies with the memo handling cycles and
# shared references, custom __copy__/__deepcopy__, copying slotted objects,
# __getstate__/__setstate__ used by copy, objects that refuse copying.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children if children is not None else []

    def __repr__(self):
        return f"Node({self.name}, {[c.name for c in self.children]})"


leaf = Node("leaf")
root = Node("root", [leaf, leaf])
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow, shallow is root, shallow.children is root.children)
print(deep, deep.children is root.children, deep.children[0] is leaf)
print(deep.children[0] is deep.children[1])

root.children.append(root)  # cycle
d2 = copy.deepcopy(root)
print(d2.children[2] is d2, d2.children[2] is root)


class Custom:
    def __init__(self, data):
        self.data = data
        self.copied = "original"

    def __copy__(self):
        print("  __copy__")
        new = Custom(self.data)
        new.copied = "by __copy__"
        return new

    def __deepcopy__(self, memo):
        print("  __deepcopy__ memo is dict:", isinstance(memo, dict))
        new = Custom(copy.deepcopy(self.data, memo))
        new.copied = "by __deepcopy__"
        return new


c = Custom([1, [2]])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.copied, c1.data is c.data, c2.copied, c2.data == c.data, c2.data[1] is c.data[1])
print([x.copied for x in copy.deepcopy([c, c])])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted([1], 2)
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.a, s3.b)
partial = Slotted.__new__(Slotted)
partial.a = 1
p2 = copy.copy(partial)
print(p2.a, hasattr(p2, "b"))


class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = "expensive"

    def __getstate__(self):
        print("  __getstate__")
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state)
        self.cache = "rebuilt"


st = copy.copy(Stateful())
print(st.value, st.cache)


class NoCopy:
    def __copy__(self):
        raise TypeError("NoCopy instances cannot be copied")

    def __deepcopy__(self, memo):
        raise TypeError("nor deep-copied")


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoCopy())
    except TypeError as e:
        print(type(e).__name__, e)


class WithClassAttr:
    shared = []


w = WithClassAttr()
print(copy.deepcopy(w).shared is WithClassAttr.shared)
print(copy.copy(WithClassAttr) is WithClassAttr, copy.deepcopy(len) is len)


class ListSub(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "t"


ls = ListSub([1, [2]])
ls2 = copy.deepcopy(ls)
print(type(ls2).__name__, ls2, ls2.tag, ls2[1] is ls[1])
