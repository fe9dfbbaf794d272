# Annotated assignments at module level: the value is assigned first, then
# __annotations__["x"] = annotation for simple names. Complex targets store
# nothing; without value their object (and index) and the annotation are
# evaluated only.
x: int = 1
y: list[int]
(z): str = "z"
obj.attr: float
table[key, 1:n]: bytes
obj.other: int = 2
