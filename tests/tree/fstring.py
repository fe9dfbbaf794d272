# f-strings join their parts; each field is formatted after its conversion
# (!s, !r, !a); a single field is just its format.
name = "x"
a = f"hello {name}!"
b = f"{name!r} and {name!s} and {name!a}"
c = f"{name}"
d = f"plain"
