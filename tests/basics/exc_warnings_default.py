# warnings.warn under the default filters: printed to stderr as
# "file:line: Category: message" followed by the source line, once per
# location and text (a loop with a constant
# message warns once), DeprecationWarning shown because it is
# triggered in __main__, PendingDeprecationWarning ignored, stacklevel
# pointing at the caller, custom categories, catch_warnings(record=True),
# simplefilter("error") turning warnings into exceptions, and
# warnings.showwarning/formatwarning text.
import sys
import warnings


def noisy(i):
    warnings.warn(f"loop warning {i}")


for i in range(3):
    noisy(i)
print("loop with changing text done")
for i in range(3):
    warnings.warn("constant text in a loop")
print("constant loop done")

warnings.warn("same text", UserWarning)
warnings.warn("same text", UserWarning)
print("two different lines, two warnings")

warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending here", PendingDeprecationWarning)
warnings.warn("runtime thing", RuntimeWarning)
warnings.warn("import related", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("bytes stuff", BytesWarning)
warnings.warn("future", FutureWarning)
print("categories done")


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def caller():
    old_api()


caller()
caller()


class MyWarning(UserWarning):
    pass


warnings.warn(MyWarning("instance with message"))
warnings.warn("custom category", MyWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn(f"recorded {i}", RuntimeWarning)
    warnings.warn("pending recorded", PendingDeprecationWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    try:
        warnings.warn("deprecation error", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised:", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("but not me")

print(warnings.formatwarning("formatted", UserWarning, "somefile.py", 12, "source line"), end="")
print(warnings.formatwarning("no line", RuntimeWarning, "f.py", 3, None).rstrip())

warnings.showwarning("shown directly", UserWarning, "fake.py", 99, file=sys.stdout, line="fake source")
print("still running", flush=True)
warnings.warn("last warning")
