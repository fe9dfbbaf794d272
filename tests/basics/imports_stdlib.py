# Imports of standard library modules in every form: import, import as,
# from-import, from-import as, dotted import, import inside a function,
# ImportError for a missing name and ModuleNotFoundError for a missing module.
import math
import os.path
import collections as col
from functools import reduce
from itertools import count as counter, islice
import json


def local_import():
    import string
    return string.ascii_lowercase[:5]


print(math.sqrt(16), math.pi, math.factorial(10), math.gcd(12, 18))
print(os.path.join("a", "b"), os.path.basename("/x/y.txt"), os.path.splitext("f.tar.gz"))
print(col.Counter("mississippi").most_common(2), col.OrderedDict(a=1))
print(reduce(lambda a, b: a * b, range(1, 6)), list(islice(counter(5), 3)))
print(json.dumps({"k": [1, 2, None]}, sort_keys=True), json.loads("[1, 2.5]"))
print(local_import(), __name__)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
