# Plain imports bind the top-level package; `as` takes each submodule with
# an import-name look-up (IMPORT_FROM); from-imports look up each name in
# the module, held in a temporary when there are several.
import os
import os.path
import os.path as osp
import a.b.c as d
from os import sep
from os import path as p, sep as s
