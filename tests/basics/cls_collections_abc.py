# collections.abc mixins: implementing the abstract methods of Sequence,
# MutableMapping, Set, MutableSequence and Iterator yields the mixin
# methods (index/count/__contains__/__reversed__, get/items/pop/update,
# set operators, append/extend/pop); instantiating incomplete subclasses;
# isinstance checks against builtin types and structural checks.
import collections.abc as cabc


class Word(cabc.Sequence):
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


w = Word("banana")
print(w.index("n"), w.count("a"), "z" in w, "b" in w, list(reversed(w)), list(w)[:3])
try:
    w.index("z")
except ValueError as e:
    print(type(e).__name__, e)


class Store(cabc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s["A"] = 1
s.update(B=2, c=3)
print(s["a"], s.get("X", "none"), "b" in s, sorted(s.items()), sorted(s.keys()), len(s))
print(s.pop("C"), s.setdefault("d", 4), s.popitem(), len(s))
s.clear()
print(len(s), s == {}, dict(s))
try:
    s.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)


class Bits(cabc.Set):
    def __init__(self, items=()):
        self._items = sorted(set(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Bits({self._items})"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a | b, a & b, a - b, a ^ b, a <= b, Bits([2]) < a, a == Bits([3, 2, 1]), a.isdisjoint(Bits([9])))


class Stack(cabc.MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
st.reverse()
print(st._l, st.pop(), st.pop(0), st._l)
st.remove(2)
print(st._l)


class Incomplete(cabc.Sequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)


class Count(cabc.Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


ct = Count()
print(iter(ct) is ct, list(ct))

print(isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, cabc.Mapping))
print(isinstance(set(), cabc.Set), isinstance(frozenset(), cabc.MutableSet), issubclass(str, cabc.Sequence))


class OnlyIter:
    def __iter__(self):
        return iter([])


class OnlyLen:
    def __len__(self):
        return 0


print(isinstance(OnlyIter(), cabc.Iterable), isinstance(OnlyIter(), cabc.Sized), isinstance(OnlyLen(), cabc.Sized))
print(isinstance(len, cabc.Callable), isinstance((x for x in []), cabc.Generator), isinstance(w, cabc.Reversible))
print(issubclass(Word, cabc.Collection), issubclass(OnlyLen, cabc.Collection))
