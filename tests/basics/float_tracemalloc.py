# Floats made by compiled arithmetic under tracemalloc: traced and attributed
# to the lines that make them, as the interpreter's are.
import tracemalloc


def work(n):
    values = []
    x = 0.5
    for i in range(n):
        x = x * 1.0001 + 0.25
        values.append(x * 2.0 - 1.0)
    return values


tracemalloc.start()
before = tracemalloc.take_snapshot()
values = work(2000)
after = tracemalloc.take_snapshot()
current, peak = tracemalloc.get_traced_memory()
print(len(values), current > 2000 * 24, peak >= current)
stats = after.compare_to(before, "filename")
print(any(s.size_diff > 0 for s in stats))
del values
tracemalloc.stop()
print(round(work(10)[-1], 6))
tracemalloc.start()
before = tracemalloc.take_snapshot()
kept = work(500)
after = tracemalloc.take_snapshot()
tracemalloc.stop()
grown = [s for s in after.compare_to(before, "lineno") if s.size_diff > 0]
lines = sorted({s.traceback[0].lineno for s in grown if s.traceback[0].filename == __file__})
print(lines)
