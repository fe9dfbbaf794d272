# os and os.path: the separator constants and the path functions that only
# compute on strings are folded, through `import os`, `import os.path`,
# `import os.path as osp` and `from os import path`; functions that read
# the file system (exists) or the process (getcwd) are not.
import os
import os.path as osp
from os import path


def paths():
    return (os.path.join("usr", "lib"), osp.basename("/a/b.py"), path.splitext("x.tar.gz"),
            os.sep, path.isabs("/x"))


print(paths())
print(os.path.exists("/") , os.getcwd() != "")
# CHECK: name="paths">
# CHECK: value="'usr/lib'"
# CHECK: value="'b.py'"
# CHECK: value="('x.tar', '.gz')"
# CHECK: value="'/'"
# CHECK: value="True" type="bool"
# OPT-NOT: os.path.exists' with constant
# OPT-NOT: getcwd' with constant
# OPT: module_friend_os_path.py:11: new_constant: Call of 'os.path.join' with constant arguments computed.
# OPT: module_friend_os_path.py:11: new_constant: Call of 'os.path.basename' with constant arguments computed.
# OPT: module_friend_os_path.py:11: new_constant: Call of 'os.path.splitext' with constant arguments computed.
