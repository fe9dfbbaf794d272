# globals() and locals() at module level, in functions, in class bodies,
# in comprehensions and closures (snapshot semantics, writes to globals()
# creating variables), and print(): sep, end, file=sys.stderr, flush, empty
# calls, non-string objects, sep=None, and invalid keyword values.
import io
import sys

module_value = 1
print(globals() is globals(), globals()["module_value"], "__name__" in globals(), __name__)
globals()["created_by_dict"] = "hello"
print(created_by_dict)
print(locals() is globals())


def func(a, b=2, *args, **kwargs):
    local = a + b
    snapshot = locals()
    print(sorted(snapshot), snapshot["local"])
    local = 100
    print(snapshot["local"], locals()["local"])
    snapshot["local"] = "ignored"
    return local


print(func(1, 3, 4, key="v"))


def closure():
    outer_var = "outer"

    def inner():
        return sorted(locals()), outer_var

    def not_using():
        return sorted(locals())

    return inner(), not_using()


print(closure())


class Body:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    print("class locals:", sorted(k for k in locals() if not k.startswith("__")))


print(Body.names)
print(["item" in locals() for item in [1]], [k for k in ("a",) if "k" in locals()])


def set_global():
    globals()["from_function"] = 42
    global declared
    declared = "declared"


set_global()
print(from_function, declared, "declared" in globals())

print()
print("a", "b", 3, None, [1], sep="")
print("a", "b", sep=", ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print("x", "y", sep=None, end=None)
print(*range(5), sep="-")
print(*[], sep="unused")
print("multi\nline", "second", sep="\n--\n")
print("to stderr", 1, 2, file=sys.stderr, sep="|")
print("flushed", flush=True)
buffer = io.StringIO()
print("into", "buffer", file=buffer, end="!")
print(repr(buffer.getvalue()))
print(1.0, 2j, b"raw", (1,), {"k": "v"}, {1}, frozenset(), True, ...)


class Shown:
    def __str__(self):
        return "<shown>"


print(Shown(), [Shown()][0], f"{Shown()}")
for bad_kwargs in ({"sep": 5}, {"end": b"x"}, {"file": 5}, {"nope": 1}):
    try:
        print("x", **bad_kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(file=None)
print("done", file=sys.stdout)
sys.stderr.write("direct stderr write\n")
sys.stdout.write("direct stdout write\n")
