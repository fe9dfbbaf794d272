# Keyword arguments become a dict of constant names to values, evaluated
# after every positional argument, left to right.
f(a, key=b, other=c())
f(only=1)
