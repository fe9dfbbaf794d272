# Descriptor precedence: data descriptors (with __set__ or __delete__) win
# over the instance __dict__, non-data descriptors (only __get__) lose to
# it; class attributes without __get__; functions as non-data descriptors;
# __set__-only descriptors; descriptors on the metaclass vs. the class.
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data-get"

    def __set__(self, obj, value):
        print("DataDesc.__set__", value)


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "nondata-get"


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "delete-only-get"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class Holder:
    d = DataDesc()
    n = NonDataDesc()
    x = DeleteOnly()
    s = SetOnly()
    plain = "class-plain"

    def method(self):
        return "method"


h = Holder()
h.__dict__.update(d="inst-d", n="inst-n", x="inst-x", s="inst-s", plain="inst-plain", method="inst-method")
print(h.d, h.n, h.x, h.plain, h.method)
print(type(h.s).__name__, h.__dict__["s"])
h.d = 1
h.n = 2
print(h.__dict__["d"], h.__dict__["n"])
try:
    h.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
del h.x
h.s = 4
del h.n
print(h.n)
try:
    del h.d
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del h.s
except AttributeError as e:
    print(type(e).__name__, e)

print(Holder.d, Holder.n, Holder.x, type(Holder.s).__name__)
Holder.d = "replaced on class"
print(Holder.d, h.d)


# function descriptors
def free(self):
    return "free function bound to " + type(self).__name__


Holder.free = free
print(h.free())
h.__dict__["free"] = lambda: "instance lambda"
print(h.free())


class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f"MetaDesc(obj={type(obj).__name__})"

    def __set__(self, obj, value):
        print("MetaDesc.__set__ on", obj.__name__)


class Meta(type):
    attr = MetaDesc()
    other = NonDataDesc()


class WithMeta(metaclass=Meta):
    other = "class own other"


print(WithMeta.attr, WithMeta.other)
WithMeta.attr = 5
print(WithMeta.__dict__.get("attr"))
try:
    WithMeta().attr
except AttributeError as e:
    print(type(e).__name__, e)


class Logged:
    def __init__(self):
        self.calls = []

    def __get__(self, obj, objtype=None):
        self.calls.append((obj is None, objtype.__name__))
        return self


class Uses:
    log = Logged()


u = Uses()
u.log
Uses.log
getattr(u, "log")
print(Uses.__dict__["log"].calls)
