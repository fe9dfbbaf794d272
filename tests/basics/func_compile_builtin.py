# compile(): 'exec', 'eval' and 'single' modes, the code object's
# co_filename/co_name, running compiled code with exec/eval, SyntaxError
# details for bad source, dont_inherit, flags such as
# ast.PyCF_ONLY_AST, compiling from bytes, and functions defined by
# compiled code reporting the given filename.
import ast

code = compile("x = 1\ny = x + 1\n", "<generated>", "exec")
print(type(code).__name__, code.co_filename, code.co_name, code.co_names)
ns = {}
exec(code, ns)
print(ns["x"], ns["y"])

expr = compile("a * b", "<expr>", "eval")
print(eval(expr, {"a": 6, "b": 7}), expr.co_names)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__, single.co_filename)
exec(compile("print('printed by single mode')", "<s>", "single"))

src_fn = compile("def made(p):\n    return p * 3\n", "virtual.py", "exec")
env = {}
exec(src_fn, env)
print(env["made"](4), env["made"].__code__.co_filename, env["made"].__code__.co_firstlineno)

for mode, source in [("eval", "x = 1"), ("exec", "def f(:\n  pass"), ("exec", "  indented"),
                     ("eval", ""), ("exec", "return 5"), ("exec", "for x in y:\nprint(x)"),
                     ("single", "1\n2"), ("bad_mode", "1")]:
    try:
        compile(source, "<test>", mode)
        print(mode, repr(source), "compiled")
    except SyntaxError as e:
        print(mode, repr(source), type(e).__name__, e.msg, e.filename, e.lineno)
    except ValueError as e:
        print(mode, repr(source), type(e).__name__, e)

tree = compile("a + 1", "<ast>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body))
tree.body.right = ast.Constant(41)
try:
    compile(tree, "<no-locations>", "eval")
except TypeError as e:
    print(type(e).__name__, e)
ast.fix_missing_locations(tree)
print(eval(compile(tree, "<modified>", "eval"), {"a": 1}))
print(eval(compile(b"2 ** 10", "<bytes>", "eval")))
print(eval(compile("sum(range(5))", "<x>", "eval", dont_inherit=True)))
try:
    compile("1", "<x>", "eval", flags=0x7fffffff)
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(5, "<x>", "eval")
except TypeError as e:
    print(type(e).__name__, e)

failing = compile("def boom():\n    raise KeyError('inside compiled')\nboom()", "compiled_file.py", "exec")
try:
    exec(failing, {})
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_filename.rsplit("/", 1)[-1], tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, e, frames)
codes = [c for c in compile("def a():\n  def b(): pass\nclass C: pass", "<n>", "exec").co_consts if hasattr(c, "co_name")]
print([c.co_name for c in codes])
print(compile("x", "<x>", "eval") == compile("x", "<x>", "eval"))
