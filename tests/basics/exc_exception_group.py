# ExceptionGroup / BaseExceptionGroup: construction and its validation
# errors, message/exceptions attributes, str and repr, automatic choice of
# BaseExceptionGroup vs ExceptionGroup, split and subgroup by type, tuple of
# types and predicate (with nesting preserved), derive in subclasses, and
# the traceback/cause/context copied to the parts.
def describe(eg, indent=""):
    if eg is None:
        print(indent + "None")
        return
    if isinstance(eg, BaseExceptionGroup):
        print(f"{indent}{type(eg).__name__}({eg.message!r}) [{len(eg.exceptions)}]")
        for sub in eg.exceptions:
            describe(sub, indent + "  ")
    else:
        print(f"{indent}{type(eg).__name__}: {eg}")


eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"),
                            ExceptionGroup("nested", [ValueError("v2"), KeyError("k")])])
describe(eg)
print(str(eg))
print(repr(eg))
print(eg.message, type(eg.exceptions).__name__, len(eg.exceptions))

# construction errors
bad_args = [
    ("msg", []),
    ("msg", [1]),
    (1, [ValueError()]),
    ("msg", ValueError()),
    ("msg",),
]
for args in bad_args:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("needs Exception", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)

base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(base).__name__, isinstance(base, Exception))
auto = BaseExceptionGroup("auto", [ValueError(), TypeError()])
print(type(auto).__name__, isinstance(auto, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))

# split
match, rest = eg.split(ValueError)
print("split ValueError:")
describe(match, "  ")
describe(rest, "  ")
match, rest = eg.split((KeyError, TypeError))
print("split (KeyError, TypeError):")
describe(match, "  ")
describe(rest, "  ")
match, rest = eg.split(OSError)
print("split OSError:", match, "| rest is eg:", rest is eg)
match, rest = eg.split(Exception)
print("split Exception: match is eg:", match is eg, "rest:", rest)
match, rest = eg.split(lambda e: "2" in str(e))
print("split predicate:")
describe(match, "  ")
describe(rest, "  ")

# subgroup
sub = eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")
print("subgroup nested:")
describe(sub, "  ")
print(eg.subgroup(ZeroDivisionError))
describe(eg.subgroup(LookupError))


# derive in a subclass keeps the subclass only if derive is overridden
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


class PlainGroup(ExceptionGroup):
    pass


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
pg = PlainGroup("plain", [ValueError(1), TypeError(2)])
print(type(mg.subgroup(ValueError)).__name__, mg.subgroup(ValueError).message)
print(type(pg.subgroup(ValueError)).__name__, pg.subgroup(ValueError).message)

# metadata copied to split parts
try:
    try:
        raise OSError("ctx")
    except OSError as ctx:
        raise ExceptionGroup("raised", [ValueError("a"), KeyError("b")]) from ctx
except ExceptionGroup as raised:
    raised.__notes__ = ["a note"]
    m, r = raised.split(ValueError)
    print(m.__cause__ is raised.__cause__, m.__context__ is raised.__context__,
          m.__traceback__ is raised.__traceback__, m.__notes__, r.__notes__)

# catching a group with a plain except
try:
    raise ExceptionGroup("plain except", [ValueError("x")])
except ExceptionGroup as e:
    print("caught group:", e, [repr(x) for x in e.exceptions])

# add_note on ordinary exceptions
e = ValueError("noted")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError", t)
