# open() on files in the current directory: text write/read/append, modes
# x/r+/w+, binary mode, encodings and errors= handlers on decode and encode,
# newline translation (universal newlines, newline="" and "\r\n"),
# readline/readlines/iteration, seek/tell, context-manager closing, and the
# exceptions for missing files, wrong modes and closed files.
import os

with open("text.txt", "w", encoding="utf-8") as f:
    print(f.write("first line\n"), f.write("second é line\n"), f.name, f.mode, f.encoding, f.closed)
print(f.closed)
with open("text.txt", "a", encoding="utf-8") as f:
    f.write("third\n")
    f.writelines(["fourth\n", "fifth"])
with open("text.txt", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open("text.txt", encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
print(os.path.getsize("text.txt"), os.path.exists("text.txt"))

with open("data.bin", "wb") as f:
    f.write(bytes(range(250, 256)) + b"\x00abc")
with open("data.bin", "rb") as f:
    print(f.read(2), f.tell(), f.read(), f.tell(), f.seek(-3, 2), f.read(1), f.seek(1), f.read(2), f.mode)
with open("data.bin", "r+b") as f:
    f.seek(6)
    f.write(b"XY")
    f.seek(0)
    print(f.read())

with open("latin.txt", "w", encoding="latin-1") as f:
    f.write("café ñ")
with open("latin.txt", "rb") as f:
    print(f.read())
with open("latin.txt", encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open("latin.txt", encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open("latin.txt", encoding="utf-8", errors="surrogateescape") as f:
    print(repr(f.read()))
with open("latin.txt", encoding="utf-8", errors="backslashreplace") as f:
    print(repr(f.read()))
try:
    with open("latin.txt", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
try:
    with open("ascii.txt", "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open("ascii.txt", "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve €")
with open("ascii.txt", encoding="ascii") as f:
    print(f.read())

with open("nl.txt", "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rend")
with open("nl.txt", encoding="ascii") as f:
    print(f.readlines(), repr(f.newlines))
with open("nl.txt", encoding="ascii", newline="") as f:
    print(f.readlines())
with open("nl.txt", encoding="ascii", newline="\r\n") as f:
    print(f.readlines())
with open("crlf.txt", "w", encoding="ascii", newline="\r\n") as f:
    f.write("a\nb\n")
with open("crlf.txt", "rb") as f:
    print(f.read())

with open("new.txt", "x", encoding="utf-8") as f:
    f.write("exclusive")
try:
    open("new.txt", "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
with open("new.txt", "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write(" appended")
    f.seek(0)
    print(f.read())
with open("new.txt", "w+", encoding="utf-8") as f:
    print(repr(f.read()))
    f.write("rewritten")
    f.seek(0)
    print(f.read())

for args in [("missing.txt",), ("text.txt", "rw"), ("text.txt", "rb", -1, "utf-8"), ("text.txt", "q")]:
    try:
        open(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
f = open("text.txt", encoding="utf-8")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open("text.txt", "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
for name in sorted(os.listdir(".")):
    os.remove(name)
print(os.listdir("."))
