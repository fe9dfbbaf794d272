# A yield expression used as an argument of a method call, inside a
# generator: obj.method((yield x)). The object and the bound method must
# survive the suspension; the value sent in becomes the argument.
def yield_expression_values():
    received = []
    for _ in range(3):
        received.append((yield len(received)))
    yield received


print(list(yield_expression_values()))


def yield_as_argument():
    out = []
    out.append((yield "a"))
    out.append((yield "b"))
    yield out


ya = yield_as_argument()
print(next(ya), ya.send("x"), ya.send("y"))


def string_method():
    s = "abc"
    yield s.replace((yield "need old"), (yield "need new"))


sm = string_method()
print(next(sm), sm.send("b"), sm.send("X"))


def two_args():
    d = {}
    d.setdefault("k", (yield "value?"))
    yield d


ta = two_args()
print(next(ta), ta.send(42))


def via_bound_variable():
    out = []
    add = out.append
    add((yield 1))
    yield out


vb = via_bound_variable()
print(next(vb), vb.send("bound variable works"))


class Obj:
    def method(self, *args, **kwargs):
        return type(self).__name__, args, kwargs


def user_method():
    o = Obj()
    yield o.method(1, (yield "send the second argument"))


um = user_method()
print(next(um), um.send("two"))


def keyword_argument():
    o = Obj()
    yield o.method(key=(yield "send the keyword value"))


ka = keyword_argument()
print(next(ka), ka.send("kw"))


def two_yields_in_one_call():
    o = Obj()
    yield o.method((yield "first"), (yield "second"))


ty = two_yields_in_one_call()
print(next(ty), ty.send("A"), ty.send("B"))


def nested_method_calls():
    o = Obj()
    yield o.method(o.method((yield "inner")))


nm = nested_method_calls()
print(next(nm), nm.send("deep"))
