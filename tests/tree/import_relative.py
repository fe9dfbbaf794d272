# Relative imports carry their level; `from . import x` has no module name.
# (The tree only; this program cannot run as a script.)
from . import sibling
from .package import name as alias
from ..parent.module import one, two
