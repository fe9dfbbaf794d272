# exec and eval with explicit globals and locals dicts: names resolved in
# locals then globals then builtins, __builtins__ inserted into globals,
# restricted builtins, functions defined by exec (their __globals__),
# assignments landing in locals, eval of expressions only (SyntaxError for
# statements), and exceptions raised by the executed code.
g = {"base": 10}
l = {"offset": 5}
print(eval("base + offset", g, l), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
exec("result = base * 2 + offset", g, l)
print(l["result"], "result" in g)
exec("new_global = 1", g)
print(g["new_global"])

ns = {}
exec("def square(x):\n    return x * x + bump\nbump = 1", ns)
print(ns["square"](4), ns["square"].__globals__ is ns, ns["square"].__module__, ns["square"].__qualname__)
ns["bump"] = 100
print(ns["square"](4))

split_g, split_l = {}, {}
exec("y = 3\ndef f():\n    return y", split_g, split_l)
print(sorted(split_l), "y" in split_g)
try:
    split_l["f"]()
except NameError as e:
    print(type(e).__name__, e)

restricted = {"__builtins__": {"len": len}}
print(eval("len('abcd')", restricted))
try:
    eval("print('hi')", restricted)
except NameError as e:
    print(type(e).__name__, e)
print(eval("__builtins__['len']", restricted) is len)
print(eval("x * 2", {"x": 21}), eval("[a for a in range(n)]", {"n": 3}))
print(eval("lambda q: q + k", {"k": 1})(1))

try:
    eval("z = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("1 +", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval("undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')", {})
except ValueError as e:
    print(type(e).__name__, e)


def uses_locals():
    a = 1
    exec("a = 2; b = 3")
    loc = locals()
    return a, loc.get("b")


print(uses_locals())


def explicit_locals():
    scope = {"a": 1}
    exec("a += 41", globals(), scope)
    return scope["a"]


print(explicit_locals())
print(eval("1 + 2", None, None), eval("base", g), exec("pass") is None)
mapping_locals = {"k": "v"}
print(eval("k", {}, mapping_locals))


class Tracking(dict):
    def __getitem__(self, key):
        return f"<{key}>"


print(eval("anything + other", {}, Tracking()))
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec(42)
except TypeError as e:
    print(type(e).__name__, e)
print(eval(" 3 * 4 \n"), eval("\t1"))
