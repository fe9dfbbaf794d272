# f-strings: conversions, format specs (width, fill, alignment, sign,
# precision, thousands separators, types), nested specs, self-documenting
# expressions, escaped braces, multi-line and expressions inside.
name = "world"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"hello {name}!", f"{n}", f"{n!r}", f"{name!r}", f"{name!s}", f"{'ü'!a}")
print(f"[{n:5}]", f"[{n:<5}]", f"[{n:^7}]", f"[{n:*>6}]", f"[{n:+}]", f"[{-n: }]")
print(f"{pi:.2f}", f"{pi:10.4f}|", f"{pi:e}", f"{pi:g}", f"{1234567.891:,.2f}", f"{0.25:%}")
print(f"{n:x}", f"{n:#x}", f"{n:o}", f"{n:#b}", f"{n:08b}", f"{255:X}", f"{1000000:_}")
width = 8
precision = 3
print(f"[{pi:{width}.{precision}f}]", f"[{name:>{width}}]", f"[{name:{'^'}{width}}]")
print(f"{n=}", f"{n + 1 = }", f"{name=!s}", f"{pi=:.1f}")
print(f"{{literal}}", f"{{{n}}}", f"{'quoted'}", f"{items[1]}", f"{len(items) * 2}")
print(f"{'nested ' + f'{n}'}", f"{n if n > 40 else 0}", f"{items}", f"{ {'k': 1}['k'] }")
print(f"""multi
line {name}""")
value = None
print(f"{value}", f"{value!r}", f"{True:d}", f"{3.0:.0f}", f"{-0.0}", f"{2**100:e}")
print(f"{'left':<10}|{'right':>10}|", f"{12:=+8}", f"{'x' * 3:.2}")
row = ""
for i in range(3):
    row += f"<{i}:{i * i:02d}>"
print(row)
print(f"{n:{'' if n else 'x'}}", format(n, ""), f"{n!r:>5}", f"{name!r:^12}")
