# print(): sep/end (empty, multi-char, None meaning default), file=
# sys.stderr and file objects (StringIO, a real file in the cwd), flush=,
# printing no arguments, objects with __str__ vs __repr__, print returning
# None, errors for bad sep/end/file types, and sys.stdout.write returning
# the count. Ends with sys.exit("message") (printed to stderr, status 1).
import io
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ", end=" <END>\n")
print("no newline", end="")
print(" continued")
print("x", "y", sep=None, end=None)
print(1, 2.5, None, True, [1, "two"], {"k": (3,)}, sep="|")
print("to stderr", 42, file=sys.stderr)
print("stderr no newline", file=sys.stderr, end="")
print(" / stderr continued", file=sys.stderr, flush=True)
print("flushed stdout", flush=True)
print(*range(5))
print(*"abc", sep=",")
print(*[], sep="never shown", end="[empty star]\n")
buffer = io.StringIO()
print("into", "buffer", file=buffer, sep="_")
print("second line", file=buffer, end="!")
print(repr(buffer.getvalue()))
with open("printed.txt", "w") as fh:
    print("line 1", file=fh)
    print("line", 2, sep="-", file=fh)
with open("printed.txt") as fh:
    print(repr(fh.read()))


class Both:
    def __str__(self):
        return "STR form"

    def __repr__(self):
        return "REPR form"


print(Both(), [Both()], (Both(),), {"k": Both()})
result = print("print returns", end=" -> ")
print(result)
print(print)
count = sys.stdout.write("written directly\n")
print("write returned", count)
sys.stderr.write("stderr written directly\n")
print("multi\nline\ttext", "\u00e9\u20ac", "emoji \U0001F600")
for label, kwargs in (("sep int", {"sep": 1}), ("end list", {"end": []}), ("file str", {"file": "out.txt"}),
                      ("unknown kw", {"color": "red"})):
    try:
        print("value", **kwargs)
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
print(file=None)
print("file=None goes to stdout", file=None)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print("a", "b", sep="+", end=".", file=w)
print(w.parts)
sys.stdout.flush()
sys.exit("fatal: exiting with a message")
