# input() with standard input at end of file (the test runs with stdin from
# /dev/null): the prompt is written to stdout, then EOFError is raised;
# sys.stdin.read/readline return empty strings; iterating over sys.stdin
# yields nothing. The last input() call is not caught, so the program ends
# with an EOFError traceback.
import sys

try:
    value = input("first prompt> ")
except EOFError as e:
    print()
    print("EOFError", repr(str(e)), e.args)

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin), sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("no prompt: EOFError", e)

try:
    input(12345)
except EOFError:
    print(" <- non-string prompt printed with str()")

try:
    input("a", "b")
except TypeError as e:
    print("TypeError", e)


def ask(question):
    answer = input(question)
    return answer.strip()


print("asking", flush=True)
name = ask("name? ")
print("never printed", name)
