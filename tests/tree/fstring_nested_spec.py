# A format spec is itself an f-string, evaluated after the value.
value = 3.14159
width = 10
s = f"{value:>{width}.{width - 7}f} {value:.2f}"
