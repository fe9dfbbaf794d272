# f-strings: nested replacement fields in the format spec (width,
# precision, fill, whole spec), nested f-strings, the self-documenting '='
# specifier with spaces, conversions and format specs (default !r), on
# expressions with calls/subscripts/attributes; multi-line expressions,
# brace escaping, evaluation order, and dict/lambda/ternary inside braces.
width, prec, fill = 12, 3, "*"
value = 3.14159
name = "nuitka"
print(f"[{value:{width}.{prec}f}]", f"[{value:{fill}^{width}.{prec}}]", f"[{name:{'>' if value > 3 else '<'}{width}}]")
spec = ".2e"
print(f"{value:{spec}}", f"{value:{'.1f'}}", f"{12345:{','}}", f"{name:{fill}{'^'}{width - 2}}")
print(f"{f'{name}'.upper()}", f"{f'{1 + 1}'}", f"""{f'{f"{1 + 2}"}'}""", f"outer {f'inner {value:.1f}'} end")
print(f"{value=}", f"{value = }", f"{value=:.2f}", f"{value = :>10.1f}|", f"{name=!s}", f"{name=!a}")
items = [1, 2, 3]
data = {"key": [10, 20]}
print(f"{items[1]=}", f"{len(items)=}", f"{data['key'][-1]=}", f"{items[0] + items[2] * 2 = }")
print(f"{name.upper()=}", f"{name[::-1]=!r:>12}", f"{(lambda x: x * 2)(4)=}", f"{'yes' if items else 'no'=}")
print(f"{ {'a': 1}['a'] }", f"{ {1, 2} == {2, 1} }", f"{[x * x for x in items]}", f"{(1, 2)!r}")
print(f"{{}}", f"{{{value}}}", f"{{{{", f"}}}}", f"{{name}}={name}", f"a{{b{1}c}}d")
order = []


def t(label):
    order.append(label)
    return label


result = f"{t('a')}{t('b'):>{t('3') and 3}}{t('c')!r}"
print(result, order)
total = f"""{
    sum(
        items
    )
}|{
    name
    .title()
}"""
print(total)
print(f"{'quote' + 's'}", f'{"double"}', f"""{'''triple'''}""")
nums = [1.5, 22.25, 333.125]
for n in nums:
    print(f"|{n:>{width}.{prec}f}|{n:<{width // 2}.1f}|{n:^+{width}.2e}|")
x = 10
print(f"{x!r:^{x}}|", f"{x:{x}}|", f"{x:#{x}x}|", f"{x:0{x}b}|")
print(f"{x=}{x=}", f"{(x == 10)=}", f"{x =}", f"{ x=}")
print(f"{1 + 1}" f"{2 + 2}" "plain" f"{3}", "implicit" f" {name}")
try:
    print(f"{value:{'bad spec'}}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{missing_name}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{items[10]=}")
except IndexError as e:
    print(type(e).__name__, e)
