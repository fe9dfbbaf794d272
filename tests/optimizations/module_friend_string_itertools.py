# string's character classes are constants; itertools calls over constants
# make lazy iterators without side effects, so an iterator made and never
# used goes with its assignment (a function that runs no other code).
import itertools
import string


def classes():
    return string.digits, string.ascii_lowercase[:3], string.capwords("hello world")


def unused():
    counter = itertools.count(1)
    pairs = itertools.product((1, 2), "ab")
    return 7


print(classes(), unused(), list(itertools.islice(itertools.count(5), 3)))
# CHECK: name="classes">
# CHECK: value="'0123456789'"
# CHECK: value="'Hello World'"
# CHECK: name="unused">
# CHECK-NOT: itertools
# CHECK: value="7"
# OPT: module_friend_string_itertools.py:13: new_statements: Removed assignment to never read variable 'counter'.
# OPT: module_friend_string_itertools.py:14: new_statements: Removed assignment to never read variable 'pairs'.
