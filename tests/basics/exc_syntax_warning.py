# Compile-time SyntaxWarnings: python3.11 prints them to stderr when it
# compiles the file ("is" with a literal, calling a literal, assert on a
# tuple), before any output of the program; the program then runs normally.
def check(x):
    return x is 1


def call_literal():
    return None()


assert (check(1), "message")
print(check(1))
try:
    call_literal()
except TypeError as e:
    print(e)
