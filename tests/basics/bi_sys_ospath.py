# sys attributes that are fixed for a given CPython build (maxsize,
# byteorder, version_info[:2], hexversion vs version_info, getrecursionlimit
# and setrecursionlimit validation, intern, argv length, getsizeof of
# nothing machine-dependent, float_info/int_info basics, flags), and
# os.path operations on fixed strings: join (absolute parts reset), split,
# splitext (dotfiles, multiple dots), basename/dirname, normpath,
# commonpath/commonprefix, isabs, relpath between fixed paths, and
# os.sep/os.curdir constants; plus os.path functions on files in the cwd.
import os
import os.path
import sys

print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info.major,
      sys.hexversion >> 16 == 0x30B, sys.implementation.name)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5, "10"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = sys.intern("".join(["inter", "ned string"]))
b = sys.intern("interned string")
print(a is b, a == b, len(sys.argv), sys.argv[0].endswith(".py") or sys.argv[0].endswith(".bin"))
print(sys.float_info.max > 1e308, sys.float_info.dig, sys.int_info.bits_per_digit, sys.maxunicode == 0x10FFFF)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.getdefaultencoding(), sys.stdout.encoding)
print(type(sys.modules).__name__, "sys" in sys.modules, __name__ in sys.modules, sys.modules["__main__"].__name__)
print(isinstance(sys.path, list), callable(sys.exit), sys.exc_info(), sys.getrefcount.__name__)

print(os.sep, os.curdir, os.pardir, os.extsep, os.altsep, repr(os.linesep), os.name)
print(os.path.join("a", "b", "c.txt"), os.path.join("a", "/abs", "x"), os.path.join("a/", "b"), os.path.join("", "x"),
      os.path.join("a", ""), os.path.join("/"))
print(os.path.split("/usr/local/lib"), os.path.split("file"), os.path.split("/"), os.path.split("dir/"))
for p in ("archive.tar.gz", ".bashrc", "no_ext", "dir.d/file", "a.b/", "trailing.", "..hidden"):
    print(p, os.path.splitext(p))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.basename("/x/y/"), os.path.dirname("z.py"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("./"),
      os.path.normpath("a/b/../../.."), os.path.normpath("//double"))
print(os.path.commonpath(["/usr/lib/x", "/usr/local/y", "/usr/lib/z"]), os.path.commonprefix(["interview", "internet", "inter"]),
      os.path.commonprefix([]), os.path.commonpath(["a/b", "a/c"]))
try:
    os.path.commonpath(["/abs", "rel"])
except ValueError as e:
    print("ValueError", e)
print(os.path.isabs("/x"), os.path.isabs("x/y"), os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"),
      os.path.relpath("/x/y", "/"))
print(os.path.splitdrive("/no/drive"), os.path.expanduser("no_tilde"), os.path.normcase("MiXeD"))

with open("sample.txt", "w") as f:
    f.write("12345")
os.mkdir("subdir")
print(os.path.exists("sample.txt"), os.path.isfile("sample.txt"), os.path.isdir("subdir"), os.path.isfile("subdir"),
      os.path.getsize("sample.txt"), os.path.exists("nothing"), os.path.islink("sample.txt"))
print(os.path.abspath("sample.txt") == os.path.join(os.getcwd(), "sample.txt"), os.path.samefile("sample.txt", "./sample.txt"))
print(sorted(os.listdir(".")), [e.name for e in sorted(os.scandir("."), key=lambda e: e.name) if e.is_dir()])
os.rename("sample.txt", os.path.join("subdir", "moved.txt"))
print(os.listdir("subdir"), list(os.walk("."))[0][1:])
os.remove(os.path.join("subdir", "moved.txt"))
os.rmdir("subdir")
try:
    os.rmdir("subdir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename, e.strerror)
print(os.listdir("."))
