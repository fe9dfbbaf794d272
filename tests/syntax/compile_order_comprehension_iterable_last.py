# The outermost iterable is compiled after the comprehension body.
class A:
    values = [(x, await y) for x in (yield)]
