# Generator expressions: lazy evaluation (element expressions and
# conditions run only on demand), the outermost iterable evaluated
# immediately at creation (errors raised then), inner iterables evaluated
# lazily per outer item, late binding of names used in the expression,
# single-use exhaustion, and genexps as sole call argument.
log = []


def src(tag, items):
    log.append("iter " + tag)
    return items


def val(x):
    log.append(f"val {x}")
    return x


g = (val(x) for x in src("outer", [1, 2, 3]) if log.append(f"cond {x}") is None)
print("after creation:", log)
print(next(g), log)
print(list(g), log)

log.clear()
nested = ((a, b) for a in src("A", [1, 2]) for b in src(f"B{a}", "xy"))
print("after nested creation:", log)
print(next(nested), log)
print(list(nested), log)

try:
    bad = (x for x in 42)
except TypeError as e:
    print("outer iterable checked at creation:", type(e).__name__, e)
lazy_error = (x for x in [1] for y in 42)
print("inner iterable not yet evaluated")
try:
    next(lazy_error)
except TypeError as e:
    print("inner error on next():", type(e).__name__, e)

try:
    undefined_outer = (x for x in missing_name)
except NameError as e:
    print("outer name at creation:", type(e).__name__, e)
fine = (missing_later + x for x in [1])
missing_later = 100
print("name in element bound at iteration:", list(fine))

factor = 2
scaled = (v * factor for v in range(3))
factor = 10
print("late binding of factor:", list(scaled))
items = [1, 2, 3]
snap = (v for v in items)
items = [7, 8, 9]
print("outer iterable captured at creation:", list(snap))
lst = [1, 2]
grow = (v for v in lst)
lst.append(3)
print("same list object mutated:", list(grow))

once = (n * n for n in range(4))
print(sum(once), sum(once), list(once))
print(sum(n for n in range(5)), max(len(w) for w in ["a", "abc"]), "-".join(c.upper() for c in "abc"))
print(sorted((x % 3 for x in range(7)), reverse=True))
print(sum((x for x in range(3)), 10))
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, iter(ge) is ge)
print(ge.gi_code.co_name, ge.gi_code.co_varnames, ge.gi_code.co_argcount)
log.clear()
short = (val(x) for x in range(100))
print(any(v > 2 for v in short), log)
print(next(short), "resumes after the short-circuit")
cond_ge = (x for x in range(10) if x % 2 if x > 3)
print(list(cond_ge))


def zero_div(n):
    return 10 // n


errors = (zero_div(n) for n in [5, 2, 0, 1])
print(next(errors), next(errors))
try:
    next(errors)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("after error:", list(errors))
