# Iterating over a non-iterable in comprehensions and generator
# expressions: the outermost iterable is evaluated (iter() called) in the
# enclosing frame, and CPython 3.11 marks the whole comprehension with
# carets, for list, set and dict comprehensions and generator expressions.
import traceback

config = None


def tail():
    return "\n".join(traceback.format_exc().splitlines()[-3:])


for attempt in (lambda: [x for x in config],
                lambda: {x for x in config},
                lambda: {x: 1 for x in config},
                lambda: (x for x in config)):
    try:
        attempt()
    except TypeError:
        print(tail())
y = [v for v in config]
