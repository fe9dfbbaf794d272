# `from module import *` binds whatever the module exports.
from os.path import *
