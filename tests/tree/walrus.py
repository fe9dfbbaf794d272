# (x := value) is an outline: the value goes to a temporary, is assigned to
# x and returned; inside a function x is a local of the function.
if (n := compute()) > 10:
    print(n)
def f():
    while (chunk := read()):
        use(chunk)
