# Future imports nested in a function are caught by the compiler.
from __future__ import annotations

def f():
    from __future__ import division
