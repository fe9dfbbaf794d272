# With postponed annotations, yield cannot appear in one.
from __future__ import annotations
def f(x: (yield)):
    pass
