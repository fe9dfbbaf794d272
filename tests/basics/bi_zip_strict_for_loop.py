# zip(strict=True) consumed by a for statement at module level: the
# ValueError is raised when the loop asks for the next item, and 3.11
# prints no caret line for the `for` line (the compiled program marks the
# loop target). Same root cause as exc_uncaught_generator.py.
names = ["ann", "bob", "cid"]
scores = [90, 85]
for name, score in zip(names, scores, strict=True):
    print(name, score)
