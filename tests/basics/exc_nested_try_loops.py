# Nested try statements inside nested loops: handlers that continue or
# break the inner or the outer loop, loop else clauses after handled
# exceptions, try/except/else/finally in while loops with counters, and a
# retry loop that re-raises after the last attempt.
def parse_all(rows):
    totals = []
    for row in rows:
        total = 0
        for cell in row:
            try:
                try:
                    total += int(cell)
                except ValueError:
                    if cell == "stop":
                        break
                    if cell == "skip-row":
                        raise LookupError(cell)
                    continue
                finally:
                    total += 1000
            except LookupError:
                total = None
                break
        else:
            total = ("complete", total)
        totals.append(total)
    return totals


print(parse_all([["1", "2"], ["3", "x", "4"], ["5", "stop", "6"], ["7", "skip-row"], []]))

events = []
i = 0
while i < 6:
    i += 1
    try:
        if i == 2:
            continue
        try:
            if i % 3 == 0:
                raise ValueError(i)
        except ValueError as e:
            events.append(f"v{e}")
            if i == 6:
                break
        else:
            events.append(f"ok{i}")
        finally:
            events.append(f"f{i}")
    finally:
        events.append("|")
else:
    events.append("while-else")
print(events)


def retry(action, attempts):
    log = []
    for attempt in range(1, attempts + 1):
        try:
            result = action(attempt)
        except (ConnectionError, TimeoutError) as e:
            log.append(f"attempt {attempt} failed: {type(e).__name__}")
            if attempt == attempts:
                raise RuntimeError(f"gave up after {attempts}") from e
        else:
            log.append(f"attempt {attempt} ok")
            return result, log
        finally:
            log.append("cleanup")
    return None, log


def flaky(n):
    if n < 3:
        raise ConnectionError if n % 2 else TimeoutError
    return n * 10


print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e, "cause:", type(e.__cause__).__name__)

# matrix search with exception used to leave both loops
class Found(Exception):
    pass


def find(matrix, target):
    try:
        for r, row in enumerate(matrix):
            for c, value in enumerate(row):
                if value == target:
                    raise Found((r, c))
    except Found as f:
        return f.args[0]
    return None


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(grid, 6), find(grid, 7), find(grid, 10))

# try inside a comprehension helper inside loops
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        pass


print([[safe_div(a, b) for b in range(-1, 2)] for a in range(2)])

# exceptions escaping a for loop's iterator
def numbers():
    yield 1
    yield 2
    raise StopIteration  # becomes RuntimeError in a generator


try:
    for n in numbers():
        print("got", n)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

# deep nesting: counts of each finally
counts = {"a": 0, "b": 0, "c": 0}
for x in range(3):
    for y in range(3):
        try:
            try:
                try:
                    if (x + y) % 2:
                        raise KeyError(x)
                finally:
                    counts["a"] += 1
            except KeyError:
                if y == 2:
                    break
                continue
            finally:
                counts["b"] += 1
        finally:
            counts["c"] += 1
print(counts)
