# Under `from __future__ import annotations` the stored annotation is its
# source text, and complex targets evaluate no annotation at all.
from __future__ import annotations
x: list[int] = []
obj.attr: Undefined
