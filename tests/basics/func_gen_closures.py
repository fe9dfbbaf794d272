# Generators and closures: generator functions defined inside functions
# capturing enclosing variables (seeing later rebinding while suspended),
# nonlocal assignment from inside a generator, generators capturing loop
# variables (late binding), generator expressions capturing enclosing
# function locals, and closures created inside a generator body.
def make_gen(limit):
    step = 1

    def gen():
        i = 0
        while i < limit:
            yield i
            i += step

    def set_step(v):
        nonlocal step
        step = v
    return gen, set_step


gen, set_step = make_gen(20)
g = gen()
print(next(g), next(g))
set_step(5)
print(list(g))


def tally():
    count = 0

    def counting_gen(items):
        nonlocal count
        for item in items:
            count += 1
            yield item

    def get():
        return count
    return counting_gen, get


counting, get = tally()
cg = counting("abc")
print(get(), next(cg), get(), list(cg), get())
list(counting([1, 2]))
print("shared count:", get())


def loop_generators():
    gens = []
    for n in range(3):
        def g():
            yield n
        gens.append(g)
    return [list(g()) for g in gens]


print("late binding:", loop_generators())


def loop_generators_bound():
    gens = []
    for n in range(3):
        def g(n=n):
            yield n
        gens.append(g)
    return [list(g()) for g in gens]


print("bound by default:", loop_generators_bound())


def genexp_capture():
    base = 10
    ge = (base + x for x in range(3))
    base = 100
    return list(ge)


print("genexp sees rebinding:", genexp_capture())


def closures_inside_generator():
    for i in range(3):
        yield lambda: i


funcs = []
for f in closures_inside_generator():
    funcs.append(f)
    print("immediately:", f())
print("afterwards:", [f() for f in funcs])

funcs = list(closures_inside_generator())
print("collected first:", [f() for f in funcs])


def gen_with_inner_function():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total
    while True:
        received = yield total
        if received is None:
            break
        add(received)
    yield "final " + str(total)


gi = gen_with_inner_function()
next(gi)
print(gi.send(3), gi.send(4), gi.send(None))


def outer_for_genexp():
    items = [1, 2, 3]
    multiplier = 2
    return (lambda: list(x * multiplier for x in items))


print(outer_for_genexp()())


def generator_of_generators():
    for prefix in "ab":
        yield (prefix + str(i) for i in range(2))


print([list(g) for g in generator_of_generators()])
gens = list(generator_of_generators())
print([list(g) for g in gens])


def accumulator_factory():
    history = []

    def record():
        while True:
            value = yield
            history.append(value)
    r = record()
    next(r)
    return r, history


r, hist = accumulator_factory()
for v in "xyz":
    r.send(v)
print(hist, r.gi_frame.f_code.co_freevars)
